/** The parts of a package by name, before they are zipped: XML as text, pictures and workbooks as bytes. */
export type PartData = string | Uint8Array;
export type Parts = Map<string, PartData>;
