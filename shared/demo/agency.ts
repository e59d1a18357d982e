// The one fictitious agency of the demo caseload: its place, teams and counsellors.
import type { Modality } from '../journal/contract';

export interface DemoCounsellor {
  id: string;
  name: string;
}

export interface DemoTeam {
  id: string;
  name: string;
  counsellors: DemoCounsellor[];
}

export interface DemoAgency {
  name: string;
  /** INSEE code of the agency's commune: homes are drawn around it. */
  insee: string;
  teams: DemoTeam[];
}

export const DEMO_AGENCY: DemoAgency = {
  name: 'Agence France Travail Lyon Part-Dieu',
  insee: '69123',
  teams: [
    {
      id: 'EQ-1',
      name: 'Équipe Rhône',
      counsellors: [
        { id: 'CNS-01', name: 'Nathalie Fournier' },
        { id: 'CNS-02', name: 'Karim Belkacem' },
        { id: 'CNS-03', name: 'Sophie Marchand' },
        { id: 'CNS-04', name: 'Julien Perrin' },
      ],
    },
    {
      id: 'EQ-2',
      name: 'Équipe Saône',
      counsellors: [
        { id: 'CNS-05', name: 'Isabelle Roche' },
        { id: 'CNS-06', name: 'Thomas Nguyen' },
        { id: 'CNS-07', name: 'Aurélie Gauthier' },
        { id: 'CNS-08', name: 'Mehdi Amrani' },
      ],
    },
    {
      id: 'EQ-3',
      name: 'Équipe Confluence',
      counsellors: [
        { id: 'CNS-09', name: 'Céline Dumas' },
        { id: 'CNS-10', name: 'Frédéric Lacroix' },
        { id: 'CNS-11', name: 'Fatoumata Diallo' },
        { id: 'CNS-12', name: 'Pascal Guérin' },
      ],
    },
  ],
};

/**
 * Portfolios are by modality, as in agencies: intensive ones (`renforce`, `global`)
 * go to fewer counsellors, who therefore carry smaller portfolios.
 */
export const COUNSELLORS_BY_MODALITY: Readonly<Record<Modality, readonly string[]>> = {
  suivi: ['CNS-01', 'CNS-02', 'CNS-05', 'CNS-06', 'CNS-09', 'CNS-10'],
  guide: ['CNS-03', 'CNS-07', 'CNS-11'],
  renforce: ['CNS-04', 'CNS-08'],
  global: ['CNS-12'],
};

/** Big employment centres around the agency, where most local employers are. */
export const LOCAL_HUBS: readonly string[] = [
  '69123', // Lyon
  '69266', // Villeurbanne
  '69259', // Vénissieux
  '69256', // Vaulx-en-Velin
  '69029', // Bron
  '69290', // Saint-Priest
  '69034', // Caluire-et-Cuire
  '69149', // Oullins
  '69282', // Meyzieu
  '69286', // Rillieux-la-Pape
  '69264', // Villefranche-sur-Saône
  '38544', // Vienne
  '69275', // Décines-Charpieu
  '69091', // Givors
  '69199', // Saint-Fons
  '69244', // Tassin-la-Demi-Lune
  '69204', // Saint-Genis-Laval
  '69271', // Chassieu
  '38053', // Bourgoin-Jallieu
];

/** Cities 80–300 km away that a person searching far from home would apply to. */
export const FAR_CITIES: readonly string[] = [
  '38185', // Grenoble
  '74010', // Annecy
  '73065', // Chambéry
  '63113', // Clermont-Ferrand
  '21231', // Dijon
  '26362', // Valence
  '13055', // Marseille
  '34172', // Montpellier
  '25056', // Besançon
  '84007', // Avignon
  '71076', // Chalon-sur-Saône
  '03190', // Moulins
  '39198', // Dole
];
