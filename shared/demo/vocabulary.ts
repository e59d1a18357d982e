// Words of the demo caseload: fictitious people, employers, comments and notes. The
// combinations are random, so no generated person or company is meant to exist.

export interface FirstName {
  name: string;
  /** Only to agree French adjectives in comments ("découragé" / "découragée"). */
  feminine: boolean;
}

const feminine = (names: string) => names.split(' ').map((name) => ({ name, feminine: true }));
const masculine = (names: string) => names.split(' ').map((name) => ({ name, feminine: false }));

export const FIRST_NAMES: readonly FirstName[] = [
  ...feminine(
    'Camille Léa Manon Chloé Emma Inès Sarah Julie Laura Pauline Marie Anaïs Clara Lucie ' +
      'Céline Nathalie Sandrine Isabelle Sophie Valérie Christine Sylvie Audrey Émilie Aurélie ' +
      'Mélanie Karine Fatima Nadia Samira Yasmine Amina Leïla Aïcha Mariam Fatoumata Awa Ana ' +
      'Sofia Elif Linh Mai Océane Margaux Justine Morgane Élodie Virginie Stéphanie Hélène ' +
      'Monique Brigitte Jeanne Louise Rose Zoé Agathe Capucine Noémie Salomé Charlotte',
  ),
  ...masculine(
    'Lucas Hugo Thomas Nicolas Julien Maxime Alexandre Antoine Romain Kevin Florian Quentin ' +
      'Jérémy Sébastien Christophe Stéphane Laurent Philippe Frédéric Olivier Pascal Thierry ' +
      'Patrick Didier Mohamed Karim Mehdi Yassine Rachid Samir Bilal Sofiane Moussa Mamadou ' +
      'Ibrahima Youssef Omar Enzo Mathis Théo Louis Gabriel Arthur Raphaël Paul Jules Baptiste ' +
      'Cédric Grégory Fabrice Franck David Mickaël Loïc Yannick Tuan Minh Emre Joao Rui Dylan',
  ),
];

export const LAST_NAMES: readonly string[] = (
  'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent ' +
  'Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre ' +
  'Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc ' +
  'Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez ' +
  'Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly ' +
  'Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard ' +
  'Marie Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud ' +
  'Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard ' +
  'Philippe Leclercq Lacroix Fabre Dupuis Olivier Rodriguez Da-Silva Hubert Louis Charles ' +
  'Guillot Rivière Le-Gall Guillaume Adam Rey Moulin Gonzalez Berger Lecomte Ménard ' +
  'Fleury Deschamps Carpentier Julien Benoît Paris Maillard Marchal Aubry Vasseur Le-Roux ' +
  'Renault Jacquet Collet Prévost Poirier Charpentier Royer Huet Baron Dupuy Pons Paul ' +
  'Laine Carré Breton Rémy Schneider Pereira Benali Haddad Belkacem Diallo Traoré Kaya ' +
  'Yilmaz Tran Pham Ferreira Bouzid Mansouri Cissé Koné Chérif Amrani Ouali Brahimi Ribeiro'
)
  .split(' ')
  // Compound names are written with a space; the list is split on spaces.
  .map((name) => name.replace('-', ' '));

/** Words that make a "du …" place in a company name. */
export const PLACES_DU: readonly string[] = [
  'Rhône',
  'Parc',
  'Lac',
  'Centre',
  'Beaujolais',
  'Lyonnais',
  'Dauphiné',
  'Forez',
  'Pilat',
  'Bugey',
  'Val de Saône',
  'Vieux Pont',
  'Confluent',
  'Plateau',
];

/** Words that stand alone in a company name ("Transports Rhône Express"). */
export const PLACES: readonly string[] = [
  'Rhône',
  'Saône',
  'Alpes',
  'Lumière',
  'Confluence',
  'Horizon',
  'Fourvière',
  'Croix-Rousse',
  'Azur',
  'Bellecour',
  'Gerland',
  'Monts d’Or',
];

/**
 * Company name patterns per ROME grand domaine letter: `{S}` a surname, `{P}` a
 * stand-alone place word, `{D}` a "du …" place, `{C}` the commune's name.
 */
export const EMPLOYER_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  A: [
    'Pépinières {S}',
    'EARL {S}',
    'Domaine {S}',
    '{S} Paysages',
    'Jardins du {D}',
    'GAEC des {S}',
  ],
  B: ['Atelier {S}', 'Bijouterie {S}', 'Ébénisterie {S}', 'Tapisserie {S}', 'Céramiques {P}'],
  C: [
    'Cabinet {S}',
    'Agence immobilière {S}',
    'Mutuelle du {D}',
    'Assurances {S}',
    'Immobilier {P}',
    'Caisse régionale du {D}',
  ],
  D: [
    'Boulangerie {S}',
    'Boucherie {S}',
    'Supermarché du {D}',
    'Boutique {S}',
    'Librairie {S}',
    'Optique {S}',
    'Fleurs {S}',
    'Primeurs du {D}',
    'Bricolage {P}',
    'Maison {S}',
  ],
  E: ['Studio {S}', '{P} Communication', 'Imprimerie {S}', 'Éditions {S}', 'Agence {P} Médias'],
  F: [
    'Bâtiment {S}',
    'Maçonnerie {S}',
    'Menuiserie {S}',
    'Électricité {S}',
    'Plomberie {S}',
    'Travaux Publics du {D}',
    '{S} Construction',
    'Peinture {S}',
  ],
  G: [
    'Restaurant {S}',
    'Brasserie du {D}',
    'Hôtel du {D}',
    'Café {S}',
    'Traiteur {S}',
    'Bouchon {S}',
    'Camping du {D}',
    'Pizzeria {P}',
  ],
  H: [
    'Mécanique {S}',
    'Plasturgie du {D}',
    'Métallerie {S}',
    'Industries {S}',
    'Laboratoires {S}',
    'Usinage {P}',
    'Chimie {P}',
    'Conserverie {S}',
  ],
  I: [
    'Garage {S}',
    'Maintenance {P}',
    'Froid {S}',
    'Chauffage {S}',
    'Carrosserie {S}',
    '{P} Ascenseurs',
  ],
  J: [
    'Clinique du {D}',
    'Pharmacie {S}',
    'Cabinet dentaire {S}',
    'EHPAD Les Tilleuls',
    'EHPAD Les Glycines',
    'Laboratoire d’analyses {S}',
    'Centre de soins {P}',
    'Résidence {P}',
  ],
  K: [
    'Aide à domicile {P}',
    'Crèche Les Petits {P}',
    'Association {S}',
    'Nettoyage {S}',
    'Sécurité {P}',
    'Mairie de {C}',
    'Centre social {P}',
    '{P} Propreté',
  ],
  L: ['Théâtre du {D}', 'Productions {S}', 'Salle {P}', 'Festival du {D}'],
  M: [
    'Cabinet {S}',
    '{S} Conseil',
    'Expertise comptable {S}',
    '{S} & Associés',
    'Informatique {P}',
    '{S} Services',
    '{P} Digital',
    'Groupe {S}',
  ],
  N: [
    'Transports {S}',
    'Transports {P} Express',
    'Logistique {P}',
    'Déménagements {S}',
    'Entrepôts du {D}',
    'Taxis {S}',
    'Messagerie {P}',
    'Ambulances {S}',
  ],
};

export const TEMP_AGENCIES: readonly string[] = [
  'Intérim {P}',
  '{P} Travail Temporaire',
  'Agence {S} Intérim',
  '{P} Emploi Services',
];

export const TRAINING_BODIES: readonly string[] = [
  'Centre de formation {P}',
  'Institut {P} Compétences',
  'École des métiers du {D}',
  'Formapro {C}',
];

export const TRAINING_NOTES: readonly string[] = [
  'Formation SST',
  'CACES R489',
  'Remise à niveau bureautique',
  'Module HACCP',
  'Français professionnel',
  'Titre professionnel, entrée en formation',
  'Habilitation électrique',
  'Formation en ligne (MOOC)',
];

export const WORKSHOP_NOTES: readonly string[] = [
  'Atelier CV',
  'Atelier simulation d’entretien',
  'Atelier réseaux sociaux professionnels',
  'Information collective',
  'Atelier candidature spontanée',
  'Atelier lettre de motivation',
];

export const APPLICATION_NOTES: readonly string[] = [
  'Annonce vue sur le site France Travail',
  'CV déposé en main propre',
  'Offre en CDD de 6 mois',
  'Poste à temps partiel',
  'Candidature via le site de l’entreprise',
  'Conseillé par un ancien collègue',
  'Poste de nuit',
  'Remplacement congé maternité',
];

export const FOLLOW_UP_NOTES: readonly string[] = [
  'Relance par téléphone',
  'Relance par mail',
  'Pas encore de décision',
  'Le poste est peut-être pourvu',
];

export const INTERVIEW_NOTES: readonly string[] = [
  'Entretien collectif',
  'Test d’aptitude',
  'Entretien en visio',
  'Deuxième entretien',
  'Mise en situation',
];

export const NETWORK_NOTES: readonly string[] = [
  'Ancien collègue',
  'Contact LinkedIn',
  'Rencontre au club de sport',
  'Ami qui travaille dans le secteur',
  'Réunion d’anciens élèves',
];

export const JOB_FAIR_NOTES: readonly string[] = [
  'Forum emploi',
  'Job dating',
  'Salon de l’emploi',
  'Forum des métiers qui recrutent',
];

export const BUSINESS_CREATION_NOTES: readonly string[] = [
  'Réunion d’information création d’entreprise',
  'Rendez-vous avec un conseiller à la création',
  'Étude de marché',
];

export const OTHER_NOTES: readonly string[] = [
  'Démarches administratives',
  'Permis de conduire : leçons',
  'Recherche de mode de garde',
  'Rendez-vous à la mission locale',
];

export const IMMERSION_NOTES: readonly string[] = [
  'PMSMP de 2 semaines',
  'Immersion pour découvrir le métier',
  'Stage d’observation',
];

/** `{e}` takes "e" for a woman's first name, nothing otherwise. */
export const COMMENTS = {
  active: [
    'Plusieurs candidatures envoyées.',
    'Je continue mes recherches.',
    'Quelques pistes intéressantes.',
    'J’ai mis à jour mon CV.',
    'Mois chargé, plusieurs relances.',
    'RAS',
    'Bonne dynamique ce mois-ci.',
    'Un entretien prévu le mois prochain.',
    'J’ai contacté des entreprises du quartier.',
    'Je me suis inscrit{e} dans deux agences d’intérim.',
  ],
  quiet: [
    'Mois calme.',
    'Peu de démarches ce mois-ci, raisons personnelles.',
    'Vacances scolaires, moins disponible.',
    'Peu d’offres dans mon secteur ce mois-ci.',
  ],
  discouraged: [
    'Je suis découragé{e}.',
    'je suis decourage{e}',
    'Ça ne sert à rien.',
    'ca ne sert a rien',
    'Aucune réponse malgré mes relances.',
    'aucune reponse',
    'Je n’y crois plus.',
    'je n y crois plus',
    'Toujours des refus, je suis démotivé{e}.',
    'J’en ai marre, personne ne répond.',
    'C’est de plus en plus dur.',
    'Je ne sais plus quoi faire.',
  ],
  scattered: [
    'Je postule partout, je prends ce qui vient.',
    'Je cherche n’importe quel travail.',
    'J’ai élargi à tous les secteurs.',
    'Tout m’intéresse du moment que ça paie.',
  ],
  narrow: [
    'Je ne cherche que dans mon métier.',
    'Toujours le même poste visé.',
    'Je veux rester dans ma branche.',
  ],
  farFromHome: [
    'Je postule aussi dans d’autres régions.',
    'Prêt{e} à déménager si besoin.',
    'J’ai élargi ma zone de recherche.',
  ],
  interviewsWithoutOffer: [
    'Encore un entretien sans suite.',
    'J’ai passé deux entretiens, pas retenu{e}.',
    'Je ne sais pas ce qui coince en entretien.',
    'Des entretiens mais jamais de proposition.',
  ],
  hired: [
    'J’ai signé un contrat !',
    'Embauché{e}, je commence bientôt.',
    'Période d’essai en cours.',
    'Enfin une réponse positive.',
  ],
  trainingStarted: [
    'Je démarre une formation.',
    'Entrée en formation ce mois-ci.',
    'Formation acceptée, je commence bientôt.',
  ],
  immersionStarted: [
    'Immersion en cours, ça se passe bien.',
    'Je fais une immersion pour découvrir le métier.',
  ],
  inactive: [
    'Pas de démarches ce mois-ci.',
    'Raisons personnelles.',
    'Je n’ai pas pu chercher ce mois-ci.',
  ],
  counsellor: [
    'Saisi par le conseiller lors de l’entretien.',
    'Saisie en agence avec la personne.',
    'Journal rempli avec la personne par téléphone.',
    'Démarches déclarées oralement en rendez-vous.',
  ],
} as const satisfies Record<string, readonly string[]>;

export function agree(text: string, isFeminine: boolean): string {
  return text.replaceAll('{e}', isFeminine ? 'e' : '');
}
