import { defineMessages } from '../define';

/** Texts of the plan list's reminders. Apart from the evaluation screens' texts, as the list is the first screen and loads these up front. */
export const reminderMessages = defineMessages({
  'reminder.evaluation-due': { nl: 'Evaluatie over {days} dagen', en: 'Evaluation in {days} days' },
  'reminder.evaluation-due.today': { nl: 'Evaluatie vandaag', en: 'Evaluation today' },
  'reminder.evaluation-due.one': { nl: 'Evaluatie morgen', en: 'Evaluation tomorrow' },
  'reminder.evaluation-overdue': { nl: 'Evaluatie {days} dagen te laat', en: 'Evaluation {days} days overdue' },
  'reminder.evaluation-overdue.one': { nl: 'Evaluatie 1 dag te laat', en: 'Evaluation 1 day overdue' },
  // Counted to the plan's last valid day: "geldig nog 3 dagen" left open whether today counts as one of the 3.
  'reminder.validity-ending': { nl: 'Laatste geldige dag over {days} dagen', en: 'Last valid day in {days} days' },
  'reminder.validity-ending.today': { nl: 'Laatste geldige dag', en: 'Last valid day' },
  'reminder.validity-ending.one': { nl: 'Laatste geldige dag: morgen', en: 'Last valid day: tomorrow' },
  'reminder.expired-without-decision': { nl: 'Verlopen zonder besluit', en: 'Expired without a decision' },
  'reminder.label': { nl: 'Herinneringen', en: 'Reminders' },
});

export type ReminderMessageKey = keyof typeof reminderMessages;
