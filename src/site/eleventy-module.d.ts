// The few parts of Eleventy 3's programmatic API that Waymark uses (the package ships no type declarations).

declare module '@11ty/eleventy' {
  export interface EleventyUserConfig {
    setTemplateFormats(formats: string[]): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setFrontMatterParsingOptions(options: Record<string, unknown>): void;
    setUseGitIgnore(enabled: boolean): void;
    addGlobalData(name: string, data: unknown): void;
    on(event: 'eleventy.after', callback: (event: { directories: { output: string } }) => void | Promise<void>): void;
    on(event: 'eleventy.engine.njk', callback: (event: { nunjucks: unknown; environment: unknown }) => void): void;
    addExtension(extension: string, options: Record<string, unknown>): void;
  }

  export interface EleventyOptions {
    /** A config file to load; false loads none (not even ./.eleventy.js). */
    configPath?: string | false;
    quietMode?: boolean;
    config?: (eleventyConfig: EleventyUserConfig) => void | Promise<void>;
  }

  export interface WrittenTemplate {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    disableLogger(): void;
    write(): Promise<[unknown[], WrittenTemplate[]]>;
  }
}
