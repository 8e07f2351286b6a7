/** Types of hosting/headers.js (plain CommonJS, read by webpack.config.js too). */
export type HeaderTable = Record<string, Record<string, string>>;
export declare const HEADERS_FILE: string;
export declare const ALL: '/*';
export declare function loadHeaders(file?: string): HeaderTable;
export declare function headersFor(urlPath: string, table?: HeaderTable): Record<string, string>;
