// The text of assets/unlock.css: the unlock form, and the Lock and Leave quickly controls added to every opened page.
// It stands in the clear: no word in it may say what the site is about (test/cli/build-encrypt.test.ts).

export const UNLOCK_CSS = `/* The unlock form and the privacy controls of an encrypted site. */
.waymark-shell {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.5;
  background: Canvas;
  color: CanvasText;
}
.waymark-unlock {
  max-width: 26rem;
  margin: 12vh auto 2rem;
  padding: 0 1.25rem;
}
.waymark-unlock h1 {
  font-size: 1.6rem;
  font-weight: 600;
}
.waymark-unlock form {
  display: grid;
  gap: 0.5rem;
}
.waymark-unlock input,
.waymark-unlock button {
  font: inherit;
  padding: 0.6rem 0.75rem;
  border-radius: 0.4rem;
}
.waymark-unlock input {
  border: 1px solid GrayText;
  background: Field;
  color: FieldText;
}
.waymark-unlock button,
.waymark-privacy button,
.waymark-privacy a {
  border: 1px solid ButtonBorder;
  background: ButtonFace;
  color: ButtonText;
  cursor: pointer;
}
.waymark-unlock [hidden],
.waymark-opening .waymark-unlock {
  display: none;
}
.waymark-unlock a {
  color: LinkText;
}
.waymark-privacy {
  display: flex;
  justify-content: flex-end;
  flex-wrap: wrap;
  gap: 0.5rem;
  padding: 0.25rem 1rem;
}
/* Alone at the top of a page (the unlock page, a page published in the clear), Leave quickly stays in reach as the page scrolls. */
body > .waymark-privacy {
  position: sticky;
  top: 0;
  z-index: 10;
  background: Canvas;
}
/* In the bar of an opened page, beside its first link; on a narrow screen the bar's other contents give way to them. */
[data-privacy-controls] > .waymark-privacy {
  flex-wrap: nowrap;
  padding: 0;
}
@media (max-width: 30rem) {
  :has(> [data-privacy-controls] > .waymark-privacy) > :not([data-privacy-controls]) {
    display: none;
  }
  [data-privacy-controls] > .waymark-privacy {
    gap: 0.35rem;
  }
  [data-privacy-controls] > .waymark-privacy button,
  [data-privacy-controls] > .waymark-privacy a {
    padding: 0 0.5rem;
    font-size: 0.9rem;
  }
}
.waymark-privacy button,
.waymark-privacy a,
.waymark-unlock a {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 44px;
  min-width: 44px;
}
.waymark-privacy button,
.waymark-privacy a {
  font: inherit;
  font-size: 0.95rem;
  line-height: 1.2;
  padding: 0 0.65rem;
  border-radius: 0.4rem;
  text-decoration: none;
  white-space: nowrap;
}
.waymark-unlock input,
.waymark-unlock button {
  min-height: 44px;
}
/* A focus ring at least 3:1 against the page in light and dark alike (system Highlight is not, on a dark page). */
.waymark-privacy :focus-visible,
.waymark-unlock :focus-visible {
  outline: 3px solid #1d5fa8;
  outline-offset: 2px;
}
@media (prefers-color-scheme: dark) {
  .waymark-privacy :focus-visible,
  .waymark-unlock :focus-visible {
    outline-color: #8fc2ff;
  }
}
@media print {
  .waymark-privacy {
    display: none;
  }
}
`;
