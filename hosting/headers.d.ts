/** Types of hosting/headers.js (plain CommonJS, read by webpack.config.js too). */
export type HeaderTable = Record<string, Record<string, string>>;
export declare const HEADERS_FILE: string;
export declare const ALL: '/*';
export declare function loadHeaders(file?: string): HeaderTable;
export declare function headersFor(urlPath: string, table?: HeaderTable): Record<string, string>;
export declare const ANY_SHAREPOINT: 'https://*.sharepoint.com';
export declare function sharePointHostOf(env?: Readonly<Record<string, string | undefined>>): string | null;
export declare function pinSharePoint(policy: string, host: string | null): string;
export declare function pinTable(table: HeaderTable, host: string | null): HeaderTable;
export declare function loadBuildHeaders(env?: Readonly<Record<string, string | undefined>>, file?: string): HeaderTable;
export declare function pinStaticWebAppConfig(json: string, host: string | null): string;
