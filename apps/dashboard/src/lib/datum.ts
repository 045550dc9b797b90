const formatter = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

export const formatMoment = (iso: string) => formatter.format(new Date(iso));
