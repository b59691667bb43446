/** Long enough for a chat transcript, short enough to keep the check instant. (No Zod here: the page's first load imports it.) */
export const SCAM_TEXT_MAX_LENGTH = 5000;
