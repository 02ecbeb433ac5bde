// The text of assets/unlock.css: the unlock form, and the Lock and Leave quickly controls added to every opened page.

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
  padding: 0.5rem 1rem;
}
.waymark-privacy button,
.waymark-privacy a {
  font: inherit;
  font-size: 0.95rem;
  line-height: 1.2;
  padding: 0.45rem 0.8rem;
  border-radius: 0.4rem;
  text-decoration: none;
}
.waymark-privacy :focus-visible,
.waymark-unlock :focus-visible {
  outline: 3px solid Highlight;
  outline-offset: 2px;
}
@media print {
  .waymark-privacy {
    display: none;
  }
}
`;
