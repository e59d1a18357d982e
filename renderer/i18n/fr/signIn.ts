// French strings of the sign-in screen.
export const signIn = {
  title: 'Connexion',
  intro: 'Identifiez-vous pour accéder à Jalon.',
  userId: 'Identifiant',
  password: 'Mot de passe',
  submit: 'Se connecter',
  submitting: 'Connexion…',
  wrong: 'Identifiant ou mot de passe incorrect.',
  sessionEnded:
    'Votre session a pris fin (inactivité prolongée ou compte modifié) : reconnectez-vous pour continuer.',
  slowed:
    'Après plusieurs essais infructueux, chaque nouvel essai attend un peu plus longtemps avant d’être vérifié.',
  demoHint:
    'Démonstration : conseillers CNS-01 à CNS-12, responsables RE-1 à RE-3, contrôleur CTRL-1, administrateur admin, délégué à la protection des données DPO-1 ; mot de passe « demo-jalon ».',
} as const;
