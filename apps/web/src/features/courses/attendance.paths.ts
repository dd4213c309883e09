/** Addresses of a session's register and a delegate's evaluation form. */
export const registerHref = (sessionId: string): string => `/courses/sessions/${sessionId}/register`;
export const evaluationHref = (sessionId: string): string => `/courses/sessions/${sessionId}/evaluation`;
