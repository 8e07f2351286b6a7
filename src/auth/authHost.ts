/** Where the app runs. Teams and Word broker sign-in through nested app authentication (NAA). */
export type AuthHost = 'teams' | 'word' | 'web';
