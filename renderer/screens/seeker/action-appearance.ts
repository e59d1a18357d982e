// How an action type looks: a symbol in the timeline and a colour in the charts. Both
// always come with the type's name in words (legend, label, table), never alone.
import type { ActionType } from '../../../shared/journal/contract';

export const ACTION_SYMBOLS: Record<ActionType, string> = {
  application_offer: '✉',
  application_spontaneous: '✎',
  follow_up: '↻',
  job_interview: '☺',
  network_contact: '☏',
  job_fair: '⚑',
  training: '✦',
  workshop: '⚙',
  cv_update: '▤',
  temp_agency: '⌂',
  immersion: '⚒',
  business_creation: '★',
  other: '•',
};

// A qualitative palette with neighbours far apart, readable on white.
export const ACTION_COLOURS: Record<ActionType, string> = {
  application_offer: '#1f5fbf',
  application_spontaneous: '#6ca0e8',
  follow_up: '#8a8a99',
  job_interview: '#b8551a',
  network_contact: '#2e8b57',
  job_fair: '#b03a8c',
  training: '#6a4fb3',
  workshop: '#c2a200',
  cv_update: '#3aa6a0',
  temp_agency: '#8c5a2b',
  immersion: '#d9734e',
  business_creation: '#444466',
  other: '#b5b5c3',
};
