/** "Yes" / "No" in tables, so the answer is in words, not a tick colour. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

export const YES_NO_ITEMS = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];
