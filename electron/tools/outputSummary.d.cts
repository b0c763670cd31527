// Types for outputSummary.cjs (plain CommonJS so `npm start` runs it with node alone).
export declare function summarizeOutput(text: string | null | undefined, maxLines?: number): string;
