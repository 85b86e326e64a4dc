<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AggregateTable</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Average rank</source>
        <translation>Rang moyen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Place after peer review; “=1” means tied for first (= marks a tie), “—” that no review ranked it</source>
        <translation>Place après l&apos;évaluation par les pairs ; « =1 » signifie ex æquo en tête (= marque une égalité), « — » qu&apos;aucune évaluation ne l&apos;a classé</translation>
    </message>
    <message>
        <source>The council member whose answer was ranked</source>
        <translation>Le membre du conseil dont la réponse a été classée</translation>
    </message>
    <message>
        <source>The mean of the places the reviews gave it (1 is best); lower is better</source>
        <translation>La moyenne des places que lui ont données les évaluations (1 est la meilleure) ; plus c&apos;est bas, mieux c&apos;est</translation>
    </message>
    <message>
        <source>How many reviews ranked it</source>
        <translation>Nombre d&apos;évaluations qui l&apos;ont classé</translation>
    </message>
    <message>
        <source>Borda points: in a ranking of n answers, first place earns n − 1 points, last earns 0; higher is better</source>
        <translation>Points Borda : dans un classement de n réponses, la première place rapporte n − 1 points, la dernière 0 ; plus c&apos;est haut, mieux c&apos;est</translation>
    </message>
    <message>
        <source>Aggregate ranking</source>
        <translation>Classement agrégé</translation>
    </message>
</context>
<context>
    <name>AnswersView</name>
    <message>
        <source>Stage 1 answers</source>
        <translation>Réponses de l&apos;étape 1</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>{percent} % (the system&apos;s)</source>
        <translation>{percent} % (celle du système)</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Suivre le système ({language})</translation>
    </message>
    <message>
        <source>The window&apos;s language. It changes when the app starts again; the command line stays English.</source>
        <translation>La langue de la fenêtre. Elle change au prochain démarrage de l&apos;application ; la ligne de commande reste en anglais.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Reset the appearance to its defaults</source>
        <translation>Rétablir l&apos;apparence par défaut</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>“Follow the system” switches with your desktop&apos;s light or dark mode.</source>
        <translation>« Suivre le système » bascule avec le mode clair ou sombre de votre bureau.</translation>
    </message>
    <message>
        <source>The size of all the window&apos;s text. Ctrl+plus and Ctrl+minus zoom the answers alone.</source>
        <translation>La taille de tout le texte de la fenêtre. Ctrl+plus et Ctrl+moins zooment uniquement les réponses.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>nothing to show</source>
        <translation>rien à afficher</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>the council (chairman {model})</source>
        <translation>le conseil (président {model})</translation>
    </message>
    <message>
        <source>{model} alone</source>
        <translation>{model} seul</translation>
    </message>
    <message>
        <source>the council&apos;s answers (no synthesis)</source>
        <translation>les réponses du conseil (sans synthèse)</translation>
    </message>
    <message>
        <source>Answer from {who} — version {k} of {n}</source>
        <translation>Réponse de {who} — version {k} sur {n}</translation>
    </message>
    <message>
        <source>Answer from {who}</source>
        <translation>Réponse de {who}</translation>
    </message>
    <message>
        <source>No answer: the run {status}.</source>
        <translation>Aucune réponse : l&apos;exécution {status}.</translation>
    </message>
    <message>
        <source>{i}. You asked · {when}</source>
        <translation>{i}. Vous avez demandé · {when}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Back to the run</source>
        <translation>Retour à l&apos;exécution</translation>
    </message>
    <message>
        <source>Questions of the conversation</source>
        <translation>Questions de la conversation</translation>
    </message>
    <message>
        <source>Enter or a double click opens that run&apos;s full council detail.</source>
        <translation>Entrée ou un double-clic ouvre le détail complet du conseil pour cette exécution.</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>la conversation</translation>
    </message>
    <message>
        <source>Open council detail</source>
        <translation>Ouvrir le détail du conseil</translation>
    </message>
    <message>
        <source>Open the full council detail of this question</source>
        <translation>Ouvrir le détail complet du conseil pour cette question</translation>
    </message>
    <message>
        <source>Every answer, review and the final answer of this run</source>
        <translation>Chaque réponse, évaluation et la réponse finale de cette exécution</translation>
    </message>
    <message>
        <source>Conversation: {title} · {n} question</source>
        <translation>Conversation : {title} · {n} question</translation>
    </message>
    <message>
        <source>Conversation: {title} · {n} questions</source>
        <translation>Conversation : {title} · {n} questions</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Conversation entière</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>relance</translation>
    </message>
    <message>
        <source>↳ re-run: {what} · {when}</source>
        <translation>↳ relance : {what} · {when}</translation>
    </message>
    <message>
        <source>The whole conversation, each question with the answer it got.</source>
        <translation>La conversation entière, chaque question avec la réponse obtenue.</translation>
    </message>
    <message>
        <source>Question {i} of {n} · {status} · {members}</source>
        <translation>Question {i} sur {n} · {status} · {members}</translation>
    </message>
</context>
<context>
    <name>CouncilBar</name>
    <message>
        <source>Your settings&apos; council</source>
        <translation>Le conseil de vos paramètres</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>prix inconnu</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>{members} — chairman {chairman} ({price})</source>
        <translation>{members} — président {chairman} ({price})</translation>
    </message>
    <message>
        <source>Full council</source>
        <translation>Conseil complet</translation>
    </message>
    <message>
        <source>Answers + review</source>
        <translation>Réponses + évaluation</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>Réponses seules</translation>
    </message>
    <message>
        <source>Council in force</source>
        <translation>Conseil en vigueur</translation>
    </message>
    <message>
        <source>Council preset</source>
        <translation>Préréglage du conseil</translation>
    </message>
    <message>
        <source>The council the next run asks: one of your presets, a starter, or the council in Settings</source>
        <translation>Le conseil interrogé par la prochaine exécution : un de vos préréglages, un préréglage de départ ou le conseil des Paramètres</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Which stages run: the answers only, answers and peer review, or the full council with the chairman&apos;s synthesis</source>
        <translation>Quelles étapes s&apos;exécutent : les réponses seules, les réponses et l&apos;évaluation par les pairs, ou le conseil complet avec la synthèse du président</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>Recherche web</translation>
    </message>
    <message>
        <source>Web search for this run</source>
        <translation>Recherche web pour cette exécution</translation>
    </message>
    <message>
        <source>Members search the web where their provider can (OpenRouter&apos;s web plugin); their cited sources are shown under the answer. Costs extra.</source>
        <translation>Les membres cherchent sur le web quand leur fournisseur le permet (plugin web d&apos;OpenRouter) ; les sources citées s&apos;affichent sous la réponse. Coût supplémentaire.</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <source>Manage presets</source>
        <translation>Gérer les préréglages</translation>
    </message>
    <message>
        <source>Save the current council as a preset, rename, delete, edit its prompts, import or export presets</source>
        <translation>Enregistrer le conseil actuel comme préréglage, renommer, supprimer, modifier ses prompts, importer ou exporter des préréglages</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Estimation du coût</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Conseil :</translation>
    </message>
    <message>
        <source>Council members and prices</source>
        <translation>Membres du conseil et prix</translation>
    </message>
    <message>
        <source>Council override</source>
        <translation>Conseil de remplacement</translation>
    </message>
    <message>
        <source>End the override</source>
        <translation>Terminer le remplacement</translation>
    </message>
    <message>
        <source>{name} (starter)</source>
        <translation>{name} (de départ)</translation>
    </message>
    <message>
        <source>{council}   (prices in / out per million tokens)</source>
        <translation>{council}   (prix entrée / sortie par million de jetons)</translation>
    </message>
    <message>
        <source>chairman {chairman}: {price}</source>
        <translation>président {chairman} : {price}</translation>
    </message>
    <message>
        <source>Using the council of {source} (not {name}).</source>
        <translation>Utilise le conseil de {source} (et non {name}).</translation>
    </message>
    <message>
        <source>✕ Back to {name}</source>
        <translation>✕ Revenir à {name}</translation>
    </message>
    <message>
        <source>Run the next councils with {name} again</source>
        <translation>Exécuter à nouveau les prochains conseils avec {name}</translation>
    </message>
</context>
<context>
    <name>CouncilSelection</name>
    <message>
        <source>Full council (answers, review, synthesis)</source>
        <translation>Conseil complet (réponses, évaluation, synthèse)</translation>
    </message>
    <message>
        <source>Answers and peer review</source>
        <translation>Réponses et évaluation par les pairs</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>Réponses seules</translation>
    </message>
    <message>
        <source>preset “{name}”</source>
        <translation>préréglage « {name} »</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>vos paramètres</translation>
    </message>
    <message>
        <source>a past run</source>
        <translation>une exécution passée</translation>
    </message>
</context>
<context>
    <name>EstimateLabel</name>
    <message>
        <source>Estimated cost of the next run</source>
        <translation>Coût estimé de la prochaine exécution</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>Estimated cost: {cost} · ⚠ may pass the budget</source>
        <translation>Coût estimé : {cost} · ⚠ peut dépasser le budget</translation>
    </message>
    <message>
        <source>Your budget per run is {budget}: the run stops before a stage that would pass it.</source>
        <translation>Votre budget par exécution est de {budget} : l&apos;exécution s&apos;arrête avant une étape qui le dépasserait.</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>Coût estimé : {cost}</translation>
    </message>
</context>
<context>
    <name>FinalView</name>
    <message>
        <source>by the chairman</source>
        <translation>par le président</translation>
    </message>
    <message>
        <source>by a fallback member (the chairman failed)</source>
        <translation>par un membre de secours (le président a échoué)</translation>
    </message>
    <message>
        <source>the best-ranked member&apos;s own answer (no synthesis could be written)</source>
        <translation>la propre réponse du membre le mieux classé (aucune synthèse n&apos;a pu être rédigée)</translation>
    </message>
    <message>
        <source>Ask the council a question: its final answer appears here.</source>
        <translation>Posez une question au conseil : sa réponse finale apparaît ici.</translation>
    </message>
    <message>
        <source>The council is at work. The chairman&apos;s final answer appears here as it is written, after the answers (stage 1) and the peer review (stage 2).</source>
        <translation>Le conseil est au travail. La réponse finale du président apparaît ici au fil de sa rédaction, après les réponses (étape 1) et l&apos;évaluation par les pairs (étape 2).</translation>
    </message>
    <message>
        <source>No final answer: the run failed.</source>
        <translation>Aucune réponse finale : l&apos;exécution a échoué.</translation>
    </message>
    <message>
        <source>No final answer: the run was cancelled.</source>
        <translation>Aucune réponse finale : l&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>No final answer: the run was interrupted.</source>
        <translation>Aucune réponse finale : l&apos;exécution a été interrompue.</translation>
    </message>
    <message>
        <source>Final answer (degraded) — {model}</source>
        <translation>Réponse finale (dégradée) — {model}</translation>
    </message>
    <message>
        <source>Final answer — {model}</source>
        <translation>Réponse finale — {model}</translation>
    </message>
    <message>
        <source>Final answer (degraded)</source>
        <translation>Réponse finale (dégradée)</translation>
    </message>
    <message>
        <source>Final answer</source>
        <translation>Réponse finale</translation>
    </message>
    <message>
        <source>by the chairman {model}</source>
        <translation>par le président {model}</translation>
    </message>
    <message>
        <source>Final answer heading</source>
        <translation>En-tête de la réponse finale</translation>
    </message>
    <message>
        <source>Final answer notice</source>
        <translation>Avis sur la réponse finale</translation>
    </message>
    <message>
        <source>the final answer</source>
        <translation>la réponse finale</translation>
    </message>
    <message>
        <source>Copy final answer</source>
        <translation>Copier la réponse finale</translation>
    </message>
    <message>
        <source>Final answer status</source>
        <translation>État de la réponse finale</translation>
    </message>
    <message>
        <source>Degraded: {reasons}.</source>
        <translation>Dégradée : {reasons}.</translation>
    </message>
    <message>
        <source>This run asked for the answers and their peer review only: no final answer is written.</source>
        <translation>Cette exécution ne demandait que les réponses et leur évaluation par les pairs : aucune réponse finale n&apos;est rédigée.</translation>
    </message>
    <message>
        <source>This run asked for the answers only: no final answer is written.</source>
        <translation>Cette exécution ne demandait que les réponses : aucune réponse finale n&apos;est rédigée.</translation>
    </message>
    <message>
        <source>⚠ {model} stopped ({reason}); {writer} writes instead.</source>
        <translation>⚠ {model} s&apos;est arrêté ({reason}) ; {writer} rédige à sa place.</translation>
    </message>
    <message>
        <source>the chairman {model} · {detail}</source>
        <translation>le président {model} · {detail}</translation>
    </message>
    <message>
        <source>a fallback member {model} · {detail}</source>
        <translation>un membre de secours {model} · {detail}</translation>
    </message>
    <message>
        <source>No final answer.</source>
        <translation>Aucune réponse finale.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this answer</source>
        <translation>Rechercher dans cette réponse</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Correspondance précédente</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Correspondance précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Correspondance suivante</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Correspondance suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Next match of Find</source>
        <translation>Correspondance suivante de la recherche</translation>
    </message>
    <message>
        <source>Previous match of Find</source>
        <translation>Correspondance précédente de la recherche</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>{total} matches</source>
        <translation>{total} correspondances</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <source>Follow-up</source>
        <translation>Question de suivi</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Suite :</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>Question de suivi</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Ask the whole council instead</source>
        <translation>Demander plutôt au conseil entier</translation>
    </message>
    <message>
        <source>Ask the whole council instead of one member</source>
        <translation>Demander au conseil entier plutôt qu&apos;à un seul membre</translation>
    </message>
    <message>
        <source>Ask one member…</source>
        <translation>Demander à un membre…</translation>
    </message>
    <message>
        <source>Choose one member to ask</source>
        <translation>Choisir le membre à interroger</translation>
    </message>
    <message>
        <source>One member answers with the conversation so far: no review, no synthesis</source>
        <translation>Un seul membre répond en tenant compte de la conversation jusqu&apos;ici : ni évaluation, ni synthèse</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Note sur la question de suivi</translation>
    </message>
    <message>
        <source>You can follow up once the council has answered…</source>
        <translation>Vous pourrez poser une question de suivi dès que le conseil aura répondu…</translation>
    </message>
    <message>
        <source>Ask {model}…</source>
        <translation>Demander à {model}…</translation>
    </message>
    <message>
        <source>Ask the council the follow-up question</source>
        <translation>Poser la question de suivi au conseil</translation>
    </message>
    <message>
        <source>The council answers with the conversation so far (Ctrl+Enter)</source>
        <translation>Le conseil répond en tenant compte de la conversation jusqu&apos;ici (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Ask the council a next question in this conversation (Ctrl+Enter)…</source>
        <translation>Posez au conseil une nouvelle question dans cette conversation (Ctrl+Entrée)…</translation>
    </message>
    <message>
        <source>Ask {model}:</source>
        <translation>Demander à {model} :</translation>
    </message>
    <message>
        <source>Ask {model}</source>
        <translation>Demander à {model}</translation>
    </message>
    <message>
        <source>Ask {model} alone</source>
        <translation>Demander à {model} seul</translation>
    </message>
    <message>
        <source>{model} alone answers with the conversation so far: no review, no synthesis (Ctrl+Enter)</source>
        <translation>{model} seul répond en tenant compte de la conversation jusqu&apos;ici : ni évaluation, ni synthèse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>A question for {model} alone (Ctrl+Enter)…</source>
        <translation>Une question pour {model} seul (Ctrl+Entrée)…</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>MMM dd HH:mm</source>
        <comment>QLocale date format of a run this year: Nov 20 14:05</comment>
        <translation>dd MMM HH:mm</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale date format of a month&apos;s group in the history: March 2025</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>{status}, degraded</source>
        <translation>{status}, dégradée</translation>
    </message>
    <message>
        <source>{title}
{when} — {status}
Council: {members}
{tokens} tokens, {cost}</source>
        <translation>{title}
{when} — {status}
Conseil : {members}
{tokens} jetons, {cost}</translation>
    </message>
    <message>
        <source>{title}. {status}. {details}</source>
        <translation>{title}. {status}. {details}</translation>
    </message>
    <message>
        <source>Pinned. {text}</source>
        <translation>Épinglée. {text}</translation>
    </message>
    <message>
        <source>{group}: {text}</source>
        <translation>{group} : {text}</translation>
    </message>
    <message>
        <source>{n} model</source>
        <translation>{n} modèle</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} modèles</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Search history (Ctrl+K)</source>
        <translation>Rechercher dans l&apos;historique (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Shows only runs whose question, answers or final answer contain every word typed here.</source>
        <translation>N&apos;affiche que les exécutions dont la question, les réponses ou la réponse finale contiennent tous les mots saisis ici.</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Exécutions passées</translation>
    </message>
    <message>
        <source>Pinned runs first, then the newest, grouped by date. Enter opens a run, F2 renames it, Delete removes it; the context menu (Menu key) has Ask again, Pin, Export and Rename. Shift or Ctrl with a click or an arrow selects several runs to export or delete together.</source>
        <translation>Les exécutions épinglées d&apos;abord, puis les plus récentes, groupées par date. Entrée ouvre une exécution, F2 la renomme, Suppr la supprime ; le menu contextuel (touche Menu) propose Redemander, Épingler, Exporter et Renommer. Maj ou Ctrl avec un clic ou une flèche sélectionne plusieurs exécutions à exporter ou supprimer ensemble.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Supprimer l&apos;exécution</translation>
    </message>
    <message>
        <source>Delete the selected run from the history (Delete)</source>
        <translation>Supprimer l&apos;exécution sélectionnée de l&apos;historique (Suppr)</translation>
    </message>
    <message>
        <source>Rename the selected run (in the history list)</source>
        <translation>Renommer l&apos;exécution sélectionnée (dans la liste de l&apos;historique)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Open the selected run (in the history list)</source>
        <translation>Ouvrir l&apos;exécution sélectionnée (dans la liste de l&apos;historique)</translation>
    </message>
    <message>
        <source>Delete the selected run, after asking (in the history list)</source>
        <translation>Supprimer l&apos;exécution sélectionnée, après confirmation (dans la liste de l&apos;historique)</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation>Actions sur l&apos;exécution</translation>
    </message>
    <message>
        <source>Export {n} runs…</source>
        <translation>Exporter {n} exécutions…</translation>
    </message>
    <message>
        <source>Delete {n} runs…</source>
        <translation>Supprimer {n} exécutions…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>Rename…	F2</source>
        <translation>Renommer…	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Supprimer des exécutions</translation>
    </message>
    <message>
        <source>Delete {n} runs from the history? This cannot be undone.</source>
        <translation>Supprimer {n} exécutions de l&apos;historique ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete “{title}” from the history? This cannot be undone.</source>
        <translation>Supprimer « {title} » de l&apos;historique ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>No runs match “{search}”.</source>
        <translation>Aucune exécution ne correspond à « {search} ».</translation>
    </message>
    <message>
        <source>No runs yet: ask the council a question.</source>
        <translation>Aucune exécution pour l&apos;instant : posez une question au conseil.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Exporter l&apos;exécution</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryRowDelegate</name>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>{n} model</source>
        <translation>{n} modèle</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} modèles</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>•••••••• saved in the system keyring — type a new key to replace it</source>
        <translation>•••••••• enregistrée dans le trousseau du système — saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>•••••••• kept for this session only — type a new key to replace it</source>
        <translation>•••••••• conservée pour cette session uniquement — saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>set by {env} — a key typed here is saved, but {env} wins while it is set</source>
        <translation>définie par {env} — une clé saisie ici est enregistrée, mais {env} l&apos;emporte tant qu&apos;elle est définie</translation>
    </message>
    <message>
        <source>Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter API key (create one at openrouter.ai/keys). Paste it below: it is kept in your system keyring, never in a file. Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.</source>
        <translation>Bienvenue dans LLM Council. Le conseil interroge plusieurs modèles via OpenRouter : il lui faut donc une clé API OpenRouter (créez-en une sur openrouter.ai/keys). Collez-la ci-dessous : elle est conservée dans le trousseau de votre système, jamais dans un fichier. Les modèles servis par un fournisseur local (Ollama, LM Studio, llama.cpp) n&apos;ont pas besoin de clé.</translation>
    </message>
    <message>
        <source>Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter API key (create one at openrouter.ai/keys). Paste it below: no system keyring was found on this computer, so the key is kept for this session only and never written to a file (set {env} to use a key without a keyring). Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.</source>
        <translation>Bienvenue dans LLM Council. Le conseil interroge plusieurs modèles via OpenRouter : il lui faut donc une clé API OpenRouter (créez-en une sur openrouter.ai/keys). Collez-la ci-dessous : aucun trousseau système n&apos;a été trouvé sur cet ordinateur, la clé est donc conservée pour cette session uniquement et jamais écrite dans un fichier (définissez {env} pour utiliser une clé sans trousseau). Les modèles servis par un fournisseur local (Ollama, LM Studio, llama.cpp) n&apos;ont pas besoin de clé.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>Clé API OpenRouter</translation>
    </message>
    <message>
        <source>Masked. Leave empty to keep the saved key.</source>
        <translation>Masquée. Laissez vide pour conserver la clé enregistrée.</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;{url}&quot;&gt;openrouter.ai/keys&lt;/a&gt; (opens your browser).</source>
        <translation>Créez une clé sur &lt;a href=&quot;{url}&quot;&gt;openrouter.ai/keys&lt;/a&gt; (ouvre votre navigateur).</translation>
    </message>
    <message>
        <source>Create a key at openrouter.ai/keys</source>
        <translation>Créer une clé sur openrouter.ai/keys</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>État de la clé</translation>
    </message>
    <message>
        <source>Keyring notice</source>
        <translation>Avis sur le trousseau</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>Tester la clé</translation>
    </message>
    <message>
        <source>Test the OpenRouter key</source>
        <translation>Tester la clé OpenRouter</translation>
    </message>
    <message>
        <source>Forget saved key</source>
        <translation>Oublier la clé enregistrée</translation>
    </message>
    <message>
        <source>Forget the saved OpenRouter key</source>
        <translation>Oublier la clé OpenRouter enregistrée</translation>
    </message>
    <message>
        <source>Key test result</source>
        <translation>Résultat du test de la clé</translation>
    </message>
    <message>
        <source>OpenRouter API key:</source>
        <translation>Clé API OpenRouter :</translation>
    </message>
    <message>
        <source>A key is set by the environment variable {env}; it is used instead of a saved one.</source>
        <translation>Une clé est définie par la variable d&apos;environnement {env} ; elle est utilisée à la place de la clé enregistrée.</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring (hidden). Type a new one to replace it.</source>
        <translation>Une clé est enregistrée dans le trousseau du système (masquée). Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>A key is kept for this session only (hidden): it is not saved.</source>
        <translation>Une clé est conservée pour cette session uniquement (masquée) : elle n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>No key is set yet.</source>
        <translation>Aucune clé n&apos;est encore définie.</translation>
    </message>
    <message>
        <source>The saved key will be forgotten when you save.</source>
        <translation>La clé enregistrée sera oubliée à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The key you typed works. Press Save to keep it (kept in the system keyring).</source>
        <translation>La clé saisie fonctionne. Cliquez sur Enregistrer pour la conserver (dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Press Save to keep the key you typed (kept in the system keyring); Test key checks it first.</source>
        <translation>Cliquez sur Enregistrer pour conserver la clé saisie (dans le trousseau du système) ; Tester la clé la vérifie d&apos;abord.</translation>
    </message>
    <message>
        <source>The key you typed works. Press Save to keep it (kept for this session only).</source>
        <translation>La clé saisie fonctionne. Cliquez sur Enregistrer pour la conserver (pour cette session uniquement).</translation>
    </message>
    <message>
        <source>Press Save to keep the key you typed (kept for this session only); Test key checks it first.</source>
        <translation>Cliquez sur Enregistrer pour conserver la clé saisie (pour cette session uniquement) ; Tester la clé la vérifie d&apos;abord.</translation>
    </message>
    <message>
        <source>✗ No key to test: type one first.</source>
        <translation>✗ Aucune clé à tester : saisissez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Test de la clé…</translation>
    </message>
    <message>
        <source>✗ The key check failed: {reason}</source>
        <translation>✗ La vérification de la clé a échoué : {reason}</translation>
    </message>
</context>
<context>
    <name>LazyPaneTabs</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>{name}: members</source>
        <translation>{name} : membres</translation>
    </message>
</context>
<context>
    <name>LineageBar</name>
    <message>
        <source>asked again {models}</source>
        <translation>redemandé à {models}</translation>
    </message>
    <message>
        <source>re-asked reviewers {models}</source>
        <translation>relecteurs réinterrogés {models}</translation>
    </message>
    <message>
        <source>re-asked reviewer {models}</source>
        <translation>relecteur réinterrogé {models}</translation>
    </message>
    <message>
        <source>new synthesis by {model}</source>
        <translation>nouvelle synthèse par {model}</translation>
    </message>
    <message>
        <source>‹ the earlier run (deleted)</source>
        <translation>‹ l&apos;exécution précédente (supprimée)</translation>
    </message>
    <message>
        <source>Open the run this one re-ran</source>
        <translation>Ouvrir l&apos;exécution que celle-ci a relancée</translation>
    </message>
    <message>
        <source>Open the run this one follows up</source>
        <translation>Ouvrir l&apos;exécution dont celle-ci est la suite</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>redemandé</translation>
    </message>
    <message>
        <source>Re-run: {what} — the rest reused from</source>
        <translation>Relance : {what} — le reste repris de</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Suite de</translation>
    </message>
    <message>
        <source>re-run: {what} · {date}</source>
        <translation>relance : {what} · {date}</translation>
    </message>
    <message>
        <source>Open this re-run</source>
        <translation>Ouvrir cette relance</translation>
    </message>
    <message>
        <source>follow-up: {title} · {date}</source>
        <translation>suite : {title} · {date}</translation>
    </message>
    <message>
        <source>Open this follow-up</source>
        <translation>Ouvrir cette suite</translation>
    </message>
    <message>
        <source>Run lineage</source>
        <translation>Lignée de l&apos;exécution</translation>
    </message>
    <message>
        <source>Where this run comes from</source>
        <translation>Où cette exécution trouve son origine</translation>
    </message>
    <message>
        <source>Prompts…</source>
        <translation>Prompts…</translation>
    </message>
    <message>
        <source>Show the prompts this run&apos;s models were given</source>
        <translation>Afficher les prompts donnés aux modèles de cette exécution</translation>
    </message>
    <message>
        <source>The exact prompt templates this run&apos;s models were given</source>
        <translation>Les modèles de prompt exacts donnés aux modèles de cette exécution</translation>
    </message>
    <message>
        <source>From this run:</source>
        <translation>De cette exécution :</translation>
    </message>
    <message>
        <source>Conversation · {n} questions</source>
        <translation>Conversation · {n} questions</translation>
    </message>
    <message>
        <source>All {n} versions</source>
        <translation>Les {n} versions</translation>
    </message>
    <message>
        <source>Show the whole conversation, each question with its council&apos;s answer</source>
        <translation>Afficher la conversation entière, chaque question avec la réponse de son conseil</translation>
    </message>
    <message>
        <source>Prompts (edited)…</source>
        <translation>Prompts (modifiés)…</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>it is not a complete web address</source>
        <translation>ce n&apos;est pas une adresse web complète</translation>
    </message>
    <message>
        <source>the web address has no host</source>
        <translation>l&apos;adresse web n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>“{scheme}:” links can open files or run programs on this computer</source>
        <translation>les liens « {scheme}: » peuvent ouvrir des fichiers ou lancer des programmes sur cet ordinateur</translation>
    </message>
    <message>
        <source>Write an email with your mail program?

To: {host}

{url}</source>
        <translation>Écrire un e-mail avec votre programme de messagerie ?

À : {host}

{url}</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

Site: {host}

{url}</source>
        <translation>Ouvrir ce lien dans votre navigateur web ?

Site : {host}

{url}</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>This link was not opened: {reason}. Only web (http, https) and email (mailto) links are opened from an answer.

{url}</source>
        <translation>Ce lien n&apos;a pas été ouvert : {reason}. Seuls les liens web (http, https) et e-mail (mailto) sont ouverts depuis une réponse.

{url}</translation>
    </message>
</context>
<context>
    <name>LiveRunBar</name>
    <message>
        <source>You are looking at a past run. The council you started goes on: {stage}.</source>
        <translation>Vous consultez une exécution passée. Le conseil que vous avez lancé continue : {stage}.</translation>
    </message>
    <message>
        <source>You are looking at a past run. The run you started has ended: {stage}.</source>
        <translation>Vous consultez une exécution passée. L&apos;exécution que vous avez lancée est terminée : {stage}.</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Exécution en direct</translation>
    </message>
    <message>
        <source>Back to the live run</source>
        <translation>Retour à l&apos;exécution en direct</translation>
    </message>
    <message>
        <source>Show the run you started</source>
        <translation>Afficher l&apos;exécution que vous avez lancée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Running the council…  (Esc cancels)</source>
        <translation>Le conseil est en cours…  (Échap pour annuler)</translation>
    </message>
    <message>
        <source>{problem}. Using the default settings; saving will replace the file.</source>
        <translation>{problem}. Paramètres par défaut utilisés ; l&apos;enregistrement remplacera le fichier.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Run the council</source>
        <translation>Exécuter le conseil</translation>
    </message>
    <message>
        <source>Run the council (Ctrl+Enter)</source>
        <translation>Exécuter le conseil (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Key, council members, providers, timeouts (Ctrl+,)</source>
        <translation>Clé, membres du conseil, fournisseurs, délais (Ctrl+,)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>État de la clé</translation>
    </message>
    <message>
        <source>&amp;New question:</source>
        <translation>&amp;Nouvelle question :</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation>&amp;Conseil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Settings (key, council, providers, timeouts)</source>
        <translation>Paramètres (clé, conseil, fournisseurs, délais)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit (a running council is cancelled first)</source>
        <translation>Quitter (un conseil en cours est d&apos;abord annulé)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run the council on the prompt</source>
        <translation>Exécuter le conseil sur le prompt</translation>
    </message>
    <message>
        <source>Run (a council is already running)</source>
        <translation>Exécuter (un conseil est déjà en cours)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel the running council</source>
        <translation>Annuler le conseil en cours</translation>
    </message>
    <message>
        <source>Synthesize &amp;now</source>
        <translation>Synthétiser &amp;maintenant</translation>
    </message>
    <message>
        <source>End this stage with the members that have finished; the council goes on</source>
        <translation>Terminer cette étape avec les membres qui ont fini ; le conseil continue</translation>
    </message>
    <message>
        <source>Synthesize now: end the current stage with the members that have finished</source>
        <translation>Synthétiser maintenant : terminer l&apos;étape en cours avec les membres qui ont fini</translation>
    </message>
    <message>
        <source>S&amp;kip selected model</source>
        <translation>&amp;Ignorer le modèle sélectionné</translation>
    </message>
    <message>
        <source>&amp;Focus prompt</source>
        <translation>Aller au &amp;prompt</translation>
    </message>
    <message>
        <source>Focus the prompt</source>
        <translation>Placer le curseur dans le prompt</translation>
    </message>
    <message>
        <source>&amp;Final answer</source>
        <translation>Réponse &amp;finale</translation>
    </message>
    <message>
        <source>Show the final answer</source>
        <translation>Afficher la réponse finale</translation>
    </message>
    <message>
        <source>&amp;Answers (stage 1)</source>
        <translation>Ré&amp;ponses (étape 1)</translation>
    </message>
    <message>
        <source>Show the answers (stage 1)</source>
        <translation>Afficher les réponses (étape 1)</translation>
    </message>
    <message>
        <source>&amp;Peer review (stage 2)</source>
        <translation>É&amp;valuation par les pairs (étape 2)</translation>
    </message>
    <message>
        <source>Show the peer review (stage 2)</source>
        <translation>Afficher l&apos;évaluation par les pairs (étape 2)</translation>
    </message>
    <message>
        <source>&amp;Copy final answer</source>
        <translation>&amp;Copier la réponse finale</translation>
    </message>
    <message>
        <source>Copy the final answer</source>
        <translation>Copier la réponse finale</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Show or hide the history</source>
        <translation>Afficher ou masquer l&apos;historique</translation>
    </message>
    <message>
        <source>Back to the &amp;live run</source>
        <translation>Retour à l&apos;exécution en &amp;direct</translation>
    </message>
    <message>
        <source>Back to the live run (while looking at a past run)</source>
        <translation>Retour à l&apos;exécution en direct (lors de la consultation d&apos;une exécution passée)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Local council: no OpenRouter key needed</source>
        <translation>Conseil local : aucune clé OpenRouter nécessaire</translation>
    </message>
    <message>
        <source>OpenRouter key: from {env}</source>
        <translation>Clé OpenRouter : depuis {env}</translation>
    </message>
    <message>
        <source>OpenRouter key: in the system keyring</source>
        <translation>Clé OpenRouter : dans le trousseau du système</translation>
    </message>
    <message>
        <source>OpenRouter key: this session only (not saved)</source>
        <translation>Clé OpenRouter : cette session uniquement (non enregistrée)</translation>
    </message>
    <message>
        <source>No OpenRouter key — open Settings</source>
        <translation>Aucune clé OpenRouter — ouvrez les Paramètres</translation>
    </message>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): {ids}. The council runs anyway.</source>
        <translation>Absent de la liste des modèles d&apos;OpenRouter (retiré ou mal saisi ?) : {ids}. Le conseil s&apos;exécute quand même.</translation>
    </message>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>Envoyer la clé sans chiffrement ?</translation>
    </message>
    <message>
        <source>This council sends an API key over plain http:// (not encrypted) to another machine:

{where}

Anyone on the networks in between could read the key. Use an https:// address if the server has one. Send it anyway for this session?</source>
        <translation>Ce conseil envoie une clé API en http:// simple (non chiffré) vers une autre machine :

{where}

N&apos;importe qui sur les réseaux intermédiaires pourrait lire la clé. Utilisez une adresse https:// si le serveur en a une. L&apos;envoyer quand même pour cette session ?</translation>
    </message>
    <message>
        <source>No OpenRouter API key yet: add one in Settings (or set {env}).</source>
        <translation>Pas encore de clé API OpenRouter : ajoutez-en une dans les Paramètres (ou définissez {env}).</translation>
    </message>
    <message>
        <source>The council cannot start.</source>
        <translation>Le conseil ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Ending this stage with the members that have finished…</source>
        <translation>Fin de cette étape avec les membres qui ont fini…</translation>
    </message>
    <message>
        <source>Nothing to end early: no member has finished this stage yet, or every member has.</source>
        <translation>Rien à terminer plus tôt : aucun membre n&apos;a encore fini cette étape, ou tous l&apos;ont finie.</translation>
    </message>
    <message>
        <source>Skipping {model}…</source>
        <translation>{model} ignoré…</translation>
    </message>
    <message>
        <source>{model} is not running.</source>
        <translation>{model} n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): {ids}. Check Settings → Council.</source>
        <translation>Absent de la liste des modèles d&apos;OpenRouter (retiré ou mal saisi ?) : {ids}. Vérifiez Paramètres → Conseil.</translation>
    </message>
    <message>
        <source>Run complete.</source>
        <translation>Exécution terminée.</translation>
    </message>
    <message>
        <source>Run failed.</source>
        <translation>Exécution échouée.</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Exécution annulée.</translation>
    </message>
    <message>
        <source>Run interrupted.</source>
        <translation>Exécution interrompue.</translation>
    </message>
    <message>
        <source>Run {status}.</source>
        <translation>Exécution {status}.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>{app} {version}

One question to a council of LLMs: independent answers, anonymous peer review, and a chairman&apos;s synthesis — live.</source>
        <translation>{app} {version}

Une question à un conseil de LLM : des réponses indépendantes, une évaluation anonyme par les pairs et la synthèse d&apos;un président — en direct.</translation>
    </message>
    <message>
        <source>This run cannot be opened: {error}</source>
        <translation>Impossible d&apos;ouvrir cette exécution : {error}</translation>
    </message>
    <message>
        <source>This run is no longer in the history.</source>
        <translation>Cette exécution n&apos;est plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Asking again with that run&apos;s council: {members} (chairman {chairman}). The council bar&apos;s ✕ goes back to {base}.</source>
        <translation>Nouvelle demande avec le conseil de cette exécution : {members} (président {chairman}). Le ✕ de la barre du conseil revient à {base}.</translation>
    </message>
    <message>
        <source>These runs cannot be exported: {error}</source>
        <translation>Impossible d&apos;exporter ces exécutions : {error}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the run on screen (or the runs selected in the history) to a file</source>
        <translation>Enregistrer dans un fichier l&apos;exécution affichée (ou les exécutions sélectionnées dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Export the run on screen, or the runs selected in the history</source>
        <translation>Exporter l&apos;exécution affichée, ou les exécutions sélectionnées dans l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add runs from a JSON export to the history (or drop the file here)</source>
        <translation>Ajouter à l&apos;historique des exécutions depuis un export JSON (ou déposez le fichier ici)</translation>
    </message>
    <message>
        <source>Import runs from a JSON export</source>
        <translation>Importer des exécutions depuis un export JSON</translation>
    </message>
    <message>
        <source>Nothing to export yet: run the council, or open a run from the history.</source>
        <translation>Rien à exporter pour l&apos;instant : exécutez le conseil, ou ouvrez une exécution de l&apos;historique.</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire l&apos;export dans {path} : {reason}.</translation>
    </message>
    <message>
        <source>The run was exported to {path}.</source>
        <translation>L&apos;exécution a été exportée vers {path}.</translation>
    </message>
    <message>
        <source>{n} runs were exported to {path}.</source>
        <translation>{n} exécutions ont été exportées vers {path}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importer des exécutions</translation>
    </message>
    <message>
        <source>JSON exports (*.json)</source>
        <translation>Exports JSON (*.json)</translation>
    </message>
    <message>
        <source>Runs cannot be imported: the history is not available in this session.</source>
        <translation>Impossible d&apos;importer des exécutions : l&apos;historique n&apos;est pas disponible dans cette session.</translation>
    </message>
    <message>
        <source>&amp;Find in answer…</source>
        <translation>&amp;Rechercher dans la réponse…</translation>
    </message>
    <message>
        <source>Find in the answer on screen</source>
        <translation>Rechercher dans la réponse affichée</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Larger answer text</source>
        <translation>Texte des réponses plus grand</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>Smaller answer text</source>
        <translation>Texte des réponses plus petit</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Answer text at its normal size</source>
        <translation>Texte des réponses à sa taille normale</translation>
    </message>
    <message>
        <source>&amp;Actual size (now {percent} %)</source>
        <translation>&amp;Taille réelle (actuellement {percent} %)</translation>
    </message>
    <message>
        <source>Copied the code.</source>
        <translation>Code copié.</translation>
    </message>
    <message>
        <source>Copied the final answer: pasted as text it is Markdown, in a word processor it keeps its formatting.</source>
        <translation>Réponse finale copiée : collée comme texte, c&apos;est du Markdown ; dans un traitement de texte, elle garde sa mise en forme.</translation>
    </message>
    <message>
        <source>The question is in the prompt box: change it and press Ctrl+Enter.</source>
        <translation>La question est dans la zone du prompt : modifiez-la et appuyez sur Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel the run (Esc)</source>
        <translation>Annuler l&apos;exécution (Échap)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>MarkdownPane</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copié</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} images</translation>
    </message>
    <message>
        <source>a line of {size}</source>
        <translation>une ligne de {size}</translation>
    </message>
    <message>
        <source>lists or quotes nested {n} deep on one line</source>
        <translation>des listes ou citations imbriquées sur {n} niveaux sur une seule ligne</translation>
    </message>
    <message>
        <source>a paragraph of {size}</source>
        <translation>un paragraphe de {size}</translation>
    </message>
    <message>
        <source>tables with more than {n} cells</source>
        <translation>des tableaux de plus de {n} cellules</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} Mo</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caractères</translation>
    </message>
    <message>
        <source>Shown as plain text: the answer is too large to format ({reason}).</source>
        <translation>Affiché en texte brut : la réponse est trop grande pour être mise en forme ({reason}).</translation>
    </message>
    <message>
        <source>{name} details</source>
        <translation>Détails de {name}</translation>
    </message>
    <message>
        <source>{name} format note</source>
        <translation>Note de format de {name}</translation>
    </message>
    <message>
        <source>Copy {name}</source>
        <translation>Copier {name}</translation>
    </message>
    <message>
        <source>Copy {name} to the clipboard (as Markdown)</source>
        <translation>Copier {name} dans le presse-papiers (en Markdown)</translation>
    </message>
    <message>
        <source>✓ Code copied</source>
        <translation>✓ Code copié</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>1 table too large to format shown as aligned text.</source>
        <translation>1 tableau trop grand pour être mis en forme, affiché en texte aligné.</translation>
    </message>
    <message>
        <source>{n} tables too large to format shown as aligned text.</source>
        <translation>{n} tableaux trop grands pour être mis en forme, affichés en texte aligné.</translation>
    </message>
</context>
<context>
    <name>MemberPane</name>
    <message>
        <source>{model} gave no answer: {reason}.</source>
        <translation>{model} n&apos;a donné aucune réponse : {reason}.</translation>
    </message>
    <message>
        <source>{model} gave no review: {reason}.</source>
        <translation>{model} n&apos;a donné aucune évaluation : {reason}.</translation>
    </message>
    <message>
        <source>{model} gave no synthesis: {reason}.</source>
        <translation>{model} n&apos;a donné aucune synthèse : {reason}.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Pas encore démarré.</translation>
    </message>
    <message>
        <source>Queued at its provider…</source>
        <translation>En file d&apos;attente chez son fournisseur…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation>En attente des premiers mots…</translation>
    </message>
    <message>
        <source>{name}: partial text</source>
        <translation>{name} : texte partiel</translation>
    </message>
    <message>
        <source>Show {name}: reasoning</source>
        <translation>Afficher {name} : raisonnement</translation>
    </message>
    <message>
        <source>{name}: reasoning</source>
        <translation>{name} : raisonnement</translation>
    </message>
    <message>
        <source>{glyph} {mark}. This is what it wrote before it stopped.</source>
        <translation>{glyph} {mark}. Voici ce qu&apos;il a écrit avant de s&apos;arrêter.</translation>
    </message>
    <message>
        <source>What you can do: {remedy}</source>
        <translation>Ce que vous pouvez faire : {remedy}</translation>
    </message>
    <message>
        <source>{model} gave no {noun}: {reason}.</source>
        <translation>Aucun résultat de {model} ({noun}) : {reason}.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Reasoning · {count} token</source>
        <translation>Raisonnement · {count} jeton</translation>
    </message>
    <message>
        <source>Reasoning · {count} tokens</source>
        <translation>Raisonnement · {count} jetons</translation>
    </message>
    <message>
        <source>Hide {name}: reasoning</source>
        <translation>Masquer {name} : raisonnement</translation>
    </message>
</context>
<context>
    <name>MemberTabs</name>
    <message>
        <source>{model}&apos;s answer</source>
        <extracomment>A member&apos;s page is built ahead (see :meth:`MemberTabs.prepare_spare`), and again this long after it was taken, in a turn of its own: a run&apos;s start then shows its first page without building it (~8 ms in the pass that also adds 16 rows).</extracomment>
        <translation>Réponse de {model}</translation>
    </message>
    <message>
        <source>{model}&apos;s review</source>
        <translation>Évaluation de {model}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): </source>
        <translation>Absent de la liste des modèles d&apos;OpenRouter (retiré ou mal saisi ?) : </translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Membres du conseil</translation>
    </message>
    <message>
        <source>The models that answer, review each other and are ranked.</source>
        <translation>Les modèles qui répondent, s&apos;évaluent mutuellement et sont classés.</translation>
    </message>
    <message>
        <source>vendor/model or model@provider</source>
        <translation>fournisseur/modèle ou modèle@fournisseur</translation>
    </message>
    <message>
        <source>Model id to add</source>
        <translation>Id du modèle à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the typed model id</source>
        <translation>Ajouter l&apos;id de modèle saisi</translation>
    </message>
    <message>
        <source>Pick from OpenRouter…</source>
        <translation>Choisir sur OpenRouter…</translation>
    </message>
    <message>
        <source>Pick members from OpenRouter&apos;s model list</source>
        <translation>Choisir des membres dans la liste des modèles d&apos;OpenRouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Retirer le membre sélectionné</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected member up</source>
        <translation>Monter le membre sélectionné</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected member down</source>
        <translation>Descendre le membre sélectionné</translation>
    </message>
    <message>
        <source>Chairman model</source>
        <translation>Modèle président</translation>
    </message>
    <message>
        <source>Any model id, a member or not; typed or picked from OpenRouter&apos;s list.</source>
        <translation>N&apos;importe quel id de modèle, membre ou non ; saisi ou choisi dans la liste d&apos;OpenRouter.</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick the chairman from OpenRouter&apos;s model list</source>
        <translation>Choisir le président dans la liste des modèles d&apos;OpenRouter</translation>
    </message>
    <message>
        <source>Pick the chairman from OpenRouter&apos;s model list (any model, not only a member)</source>
        <translation>Choisir le président dans la liste des modèles d&apos;OpenRouter (n&apos;importe quel modèle, pas seulement un membre)</translation>
    </message>
    <message>
        <source>Chairman check</source>
        <translation>Vérification du président</translation>
    </message>
    <message>
        <source>Unknown model ids</source>
        <translation>Id de modèles inconnus</translation>
    </message>
    <message>
        <source>&amp;Chairman:</source>
        <translation>&amp;Président :</translation>
    </message>
    <message>
        <source>Members answer in stage 1 and review each other in stage 2; the chairman — any model, a member or not — writes the final answer. Use model@provider for a model served by an extra provider.</source>
        <translation>Les membres répondent à l&apos;étape 1 et s&apos;évaluent mutuellement à l&apos;étape 2 ; le président — n&apos;importe quel modèle, membre ou non — rédige la réponse finale. Utilisez modèle@fournisseur pour un modèle servi par un fournisseur supplémentaire.</translation>
    </message>
    <message>
        <source>Pick the chairman</source>
        <translation>Choisir le président</translation>
    </message>
    <message>
        <source>⚠ {model}  (not in OpenRouter&apos;s list)</source>
        <translation>⚠ {model}  (absent de la liste d&apos;OpenRouter)</translation>
    </message>
    <message>
        <source>{model} is not in OpenRouter&apos;s model list: it may be retired or mistyped.</source>
        <translation>{model} n&apos;est pas dans la liste des modèles d&apos;OpenRouter : il est peut-être retiré ou mal saisi.</translation>
    </message>
    <message>
        <source>⚠ not in OpenRouter&apos;s list</source>
        <translation>⚠ absent de la liste d&apos;OpenRouter</translation>
    </message>
    <message>
        <source>{model} (chairman)</source>
        <translation>{model} (président)</translation>
    </message>
    <message>
        <source>Model ids are checked once OpenRouter&apos;s model list has been fetched (the app fetches it at start when online; or Pick from OpenRouter… → Refresh).</source>
        <translation>Les id de modèles sont vérifiés une fois la liste des modèles d&apos;OpenRouter récupérée (l&apos;application la récupère au démarrage si elle est en ligne ; ou Choisir sur OpenRouter… → Actualiser).</translation>
    </message>
</context>
<context>
    <name>ModelChoiceDialog</name>
    <message>
        <source>Model choice problem</source>
        <translation>Problème de choix du modèle</translation>
    </message>
    <message>
        <source>Type a model id (vendor/model, or model@provider).</source>
        <translation>Saisissez un id de modèle (fournisseur/modèle, ou modèle@fournisseur).</translation>
    </message>
    <message>
        <source>{model} is already in this council.</source>
        <translation>{model} est déjà dans ce conseil.</translation>
    </message>
</context>
<context>
    <name>ModelListView</name>
    <message>
        <source>Council members</source>
        <translation>Membres du conseil</translation>
    </message>
    <message>
        <source>One row per model in the current stage, with its status in words. Enter opens a model&apos;s text; Delete or the context menu skips a running model.</source>
        <translation>Une ligne par modèle de l&apos;étape en cours, avec son état en toutes lettres. Entrée ouvre le texte d&apos;un modèle ; Suppr ou le menu contextuel ignore un modèle en cours.</translation>
    </message>
    <message>
        <source>Skip the selected model while it runs (in the model list)</source>
        <translation>Ignorer le modèle sélectionné pendant son exécution (dans la liste des modèles)</translation>
    </message>
    <message>
        <source>Open that model&apos;s answer (on a row of the model list, after stage 1)</source>
        <translation>Ouvrir la réponse de ce modèle (sur une ligne de la liste des modèles, après l&apos;étape 1)</translation>
    </message>
    <message>
        <source>Skip {model}</source>
        <translation>Ignorer {model}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Copy model id</source>
        <translation>Copier l&apos;id du modèle</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Id du modèle</translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation>Entrée $/M</translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation>Sortie $/M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Your favourites (Ctrl+D stars the selected models): listed first; “Favourites only” shows just them</source>
        <translation>Vos favoris (Ctrl+D marque d&apos;une étoile les modèles sélectionnés) : listés en premier ; « Favoris uniquement » n&apos;affiche qu&apos;eux</translation>
    </message>
    <message>
        <source>The model&apos;s name on OpenRouter</source>
        <translation>Le nom du modèle sur OpenRouter</translation>
    </message>
    <message>
        <source>The id the council uses</source>
        <translation>L&apos;id qu&apos;utilise le conseil</translation>
    </message>
    <message>
        <source>Price per million tokens of the question (what the model reads)</source>
        <translation>Prix par million de jetons de la question (ce que le modèle lit)</translation>
    </message>
    <message>
        <source>Price per million tokens of the answer (what the model writes)</source>
        <translation>Prix par million de jetons de la réponse (ce que le modèle écrit)</translation>
    </message>
    <message>
        <source>How many tokens the model can read and write in one request</source>
        <translation>Combien de jetons le modèle peut lire et écrire en une requête</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>in {prompt} / out {completion} per 1M tokens</source>
        <translation>entrée {prompt} / sortie {completion} par million de jetons</translation>
    </message>
    <message>
        <source>{tokens} context</source>
        <translation>contexte de {tokens}</translation>
    </message>
    <message>
        <source>Pick models</source>
        <translation>Choisir des modèles</translation>
    </message>
    <message>
        <source>Pick a model</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>Filter by name or id…</source>
        <translation>Filtrer par nom ou id…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>&amp;Favoris uniquement</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>N&apos;afficher que les favoris</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it (price, context, …).</source>
        <translation>Cliquez sur un en-tête de colonne pour trier (prix, contexte, …).</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <source>Star or unstar the selected models as favourites</source>
        <translation>Ajouter ou retirer les modèles sélectionnés des favoris</translation>
    </message>
    <message>
        <source>Star or unstar the selected models (Ctrl+D)</source>
        <translation>Ajouter ou retirer les modèles sélectionnés des favoris (Ctrl+D)</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>État de la liste des modèles</translation>
    </message>
    <message>
        <source>Refresh from OpenRouter</source>
        <translation>Actualiser depuis OpenRouter</translation>
    </message>
    <message>
        <source>Refresh the model list from OpenRouter</source>
        <translation>Actualiser la liste des modèles depuis OpenRouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>No model list yet: press Refresh (needs the network).</source>
        <translation>Pas encore de liste des modèles : cliquez sur Actualiser (nécessite le réseau).</translation>
    </message>
    <message>
        <source>{n} model, list from {when}.</source>
        <translation>{n} modèle, liste du {when}.</translation>
    </message>
    <message>
        <source>{n} models, list from {when}.</source>
        <translation>{n} modèles, liste du {when}.</translation>
    </message>
    <message>
        <source>The model list is not available offline yet.</source>
        <translation>La liste des modèles n&apos;est pas encore disponible hors ligne.</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favori</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Récupération de la liste des modèles…</translation>
    </message>
    <message>
        <source>{n} model, fetched just now (cached for offline use).</source>
        <translation>{n} modèle, récupéré à l&apos;instant (mis en cache pour une utilisation hors ligne).</translation>
    </message>
    <message>
        <source>{n} models, fetched just now (cached for offline use).</source>
        <translation>{n} modèles, récupérés à l&apos;instant (mis en cache pour une utilisation hors ligne).</translation>
    </message>
    <message>
        <source>The model list could not be fetched: {reason}</source>
        <translation>Impossible de récupérer la liste des modèles : {reason}</translation>
    </message>
</context>
<context>
    <name>ModelRowDelegate</name>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>OpenRouterService</name>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Key “{label}” works</source>
        <translation>La clé “{label}” fonctionne</translation>
    </message>
    <message>
        <source>{remaining} of {limit} left</source>
        <translation>{remaining} restants sur {limit}</translation>
    </message>
    <message>
        <source>{remaining} left</source>
        <translation>{remaining} restants</translation>
    </message>
    <message>
        <source>no credit limit on this key</source>
        <translation>aucune limite de crédit sur cette clé</translation>
    </message>
    <message>
        <source>{usage} used</source>
        <translation>{usage} utilisés</translation>
    </message>
    <message>
        <source>free tier</source>
        <translation>offre gratuite</translation>
    </message>
    <message>
        <source>No network client is available.</source>
        <translation>Aucun client réseau n&apos;est disponible.</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <source>temperature</source>
        <translation>température</translation>
    </message>
    <message>
        <source>review temperature</source>
        <translation>température d&apos;évaluation</translation>
    </message>
    <message>
        <source>chairman temperature</source>
        <translation>température du président</translation>
    </message>
    <message>
        <source>first token timeout</source>
        <translation>délai du premier jeton</translation>
    </message>
    <message>
        <source>total timeout</source>
        <translation>délai total</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>jetons max.</translation>
    </message>
    <message>
        <source>Council presets</source>
        <translation>Préréglages du conseil</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Preset details</source>
        <translation>Détails du préréglage</translation>
    </message>
    <message>
        <source>Presets status</source>
        <translation>État des préréglages</translation>
    </message>
    <message>
        <source>Save current council as…</source>
        <translation>Enregistrer le conseil actuel sous…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit prompts…</source>
        <translation>Modifier les prompts…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Save the council in force as a new preset</source>
        <translation>Enregistrer le conseil en vigueur comme nouveau préréglage</translation>
    </message>
    <message>
        <source>Rename the selected preset</source>
        <translation>Renommer le préréglage sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected preset</source>
        <translation>Supprimer le préréglage sélectionné</translation>
    </message>
    <message>
        <source>Edit the selected preset&apos;s prompts</source>
        <translation>Modifier les prompts du préréglage sélectionné</translation>
    </message>
    <message>
        <source>Export presets to a JSON file (no keys)</source>
        <translation>Exporter les préréglages vers un fichier JSON (sans clés)</translation>
    </message>
    <message>
        <source>Import presets from a JSON file</source>
        <translation>Importer des préréglages depuis un fichier JSON</translation>
    </message>
    <message>
        <source>{name}  (starter)</source>
        <translation>{name}  (de base)</translation>
    </message>
    <message>
        <source>{name} — a starter shipped with the app</source>
        <translation>{name} — un préréglage de base fourni avec l&apos;application</translation>
    </message>
    <message>
        <source>Members: {members}</source>
        <translation>Membres : {members}</translation>
    </message>
    <message>
        <source>Chairman: {chairman}</source>
        <translation>Président : {chairman}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Mode : {mode}</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>Own settings: {settings}</source>
        <translation>Réglages propres : {settings}</translation>
    </message>
    <message>
        <source>Prompts: the defaults</source>
        <translation>Prompts : ceux par défaut</translation>
    </message>
    <message>
        <source>Prompts: edited</source>
        <translation>Prompts : modifiés</translation>
    </message>
    <message>
        <source>✗ Not saved: {reason}</source>
        <translation>✗ Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Un préréglage doit avoir un nom.</translation>
    </message>
    <message>
        <source>A preset&apos;s name is one line of at most 80 characters.</source>
        <translation>Le nom d&apos;un préréglage tient sur une ligne de 80 caractères au plus.</translation>
    </message>
    <message>
        <source>There is already a preset named “{name}”.</source>
        <translation>Il existe déjà un préréglage nommé “{name}”.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>“{name}” enregistré.</translation>
    </message>
    <message>
        <source>✗ Only your own presets can be renamed.</source>
        <translation>✗ Seuls vos propres préréglages peuvent être renommés.</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>Renommé en “{name}”.</translation>
    </message>
    <message>
        <source>✗ Starters cannot be deleted.</source>
        <translation>✗ Les préréglages de base ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>Deleted “{name}” (the starter of that name is back).</source>
        <translation>“{name}” supprimé (le préréglage de base de ce nom est rétabli).</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>“{name}” supprimé.</translation>
    </message>
    <message>
        <source>Prompts of “{name}” saved.</source>
        <translation>Prompts de “{name}” enregistrés.</translation>
    </message>
    <message>
        <source>✗ Cannot write {path}: {reason}</source>
        <translation>✗ Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Exported {n} preset to {file}.</source>
        <translation>{n} préréglage exporté vers {file}.</translation>
    </message>
    <message>
        <source>Exported {n} presets to {file}.</source>
        <translation>{n} préréglages exportés vers {file}.</translation>
    </message>
    <message>
        <source>the file is too large to be a presets file</source>
        <translation>le fichier est trop volumineux pour être un fichier de préréglages</translation>
    </message>
    <message>
        <source>✗ {file} cannot be imported: {reason}</source>
        <translation>✗ {file} ne peut pas être importé : {reason}</translation>
    </message>
    <message>
        <source>Imported: {names}</source>
        <translation>Importés : {names}</translation>
    </message>
    <message>
        <source>Save council as preset</source>
        <translation>Enregistrer le conseil comme préréglage</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>Nom du nouveau préréglage :</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>Supprimer le préréglage “{name}” ?</translation>
    </message>
    <message>
        <source>Prompts of “{name}”</source>
        <translation>Prompts de “{name}”</translation>
    </message>
    <message>
        <source>Export presets</source>
        <translation>Exporter les préréglages</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Importer des préréglages</translation>
    </message>
</context>
<context>
    <name>PromptBox</name>
    <message>
        <source>Ask the council a new question…  (Ctrl+Enter runs it, Esc cancels)</source>
        <translation>Posez une nouvelle question au conseil…  (Ctrl+Entrée l&apos;exécute, Échap annule)</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>A new question for the council; the question of the run on screen is shown above its results. Ctrl+Enter runs the council.</source>
        <translation>Une nouvelle question pour le conseil ; la question de l&apos;exécution affichée apparaît au-dessus de ses résultats. Ctrl+Entrée lance le conseil.</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Answers (system prompt)</source>
        <translation>Réponses (prompt système)</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Évaluation par les pairs</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Sent as the system message before each member&apos;s question (stage 1). Empty: no system message.</source>
        <translation>Envoyé comme message système avant la question de chaque membre (étape 1). Vide : aucun message système.</translation>
    </message>
    <message>
        <source>Sent to each reviewer with the other answers, anonymized (stage 2). It must ask for a section that starts with FINAL RANKING: — the ranking is read from it.</source>
        <translation>Envoyé à chaque évaluateur avec les autres réponses, anonymisées (étape 2). Il doit demander une section commençant par FINAL RANKING: — le classement y est lu.</translation>
    </message>
    <message>
        <source>Sent to the chairman with every answer, the reviews and the aggregate ranking (stage 3).</source>
        <translation>Envoyé au président avec toutes les réponses, les évaluations et le classement agrégé (étape 3).</translation>
    </message>
    <message>
        <source>No variables: the text is sent as it is.</source>
        <translation>Aucune variable : le texte est envoyé tel quel.</translation>
    </message>
    <message>
        <source>Variables (write $$ for a dollar sign):
{variables}</source>
        <translation>Variables (écrivez $$ pour un signe dollar) :
{variables}</translation>
    </message>
    <message>
        <source>Prompts note</source>
        <translation>Note sur les prompts</translation>
    </message>
    <message>
        <source>These are the default prompts.</source>
        <translation>Ce sont les prompts par défaut.</translation>
    </message>
    <message>
        <source>The prompts this run&apos;s models were given (edited from the defaults).</source>
        <translation>Les prompts reçus par les modèles de cette exécution (modifiés par rapport à ceux par défaut).</translation>
    </message>
    <message>
        <source>⚠ Check: {prompts}. Saving keeps them as they are. </source>
        <translation>⚠ À vérifier : {prompts}. L&apos;enregistrement les conserve tels quels. </translation>
    </message>
</context>
<context>
    <name>PromptPage</name>
    <message>
        <source>{title} prompt</source>
        <translation>Prompt {title}</translation>
    </message>
    <message>
        <source>{title} variables</source>
        <translation>Variables {title}</translation>
    </message>
    <message>
        <source>{title} prompt problems</source>
        <translation>Problèmes du prompt {title}</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Rétablir par défaut</translation>
    </message>
    <message>
        <source>Reset the {title} prompt to the default</source>
        <translation>Rétablir le prompt {title} par défaut</translation>
    </message>
    <message>
        <source>{title} preview: the exact messages sent</source>
        <translation>Aperçu {title} : les messages exacts envoyés</translation>
    </message>
    <message>
        <source>Preview — the messages sent for a sample question and answers:</source>
        <translation>Aperçu — les messages envoyés pour une question et des réponses d&apos;exemple :</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Autre serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>Serveur llama.cpp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>Max. simultanées</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Extra providers</source>
        <translation>Fournisseurs supplémentaires</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Retirer le fournisseur sélectionné</translation>
    </message>
    <message>
        <source>API key for the selected provider (optional)</source>
        <translation>Clé API du fournisseur sélectionné (facultative)</translation>
    </message>
    <message>
        <source>API key for the selected provider</source>
        <translation>Clé API du fournisseur sélectionné</translation>
    </message>
    <message>
        <source>Set key</source>
        <translation>Définir la clé</translation>
    </message>
    <message>
        <source>Set the key of the selected provider</source>
        <translation>Définir la clé du fournisseur sélectionné</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Oublier la clé</translation>
    </message>
    <message>
        <source>Forget the key of the selected provider</source>
        <translation>Oublier la clé du fournisseur sélectionné</translation>
    </message>
    <message>
        <source>Provider settings problem</source>
        <translation>Problème dans les réglages des fournisseurs</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection to the selected provider and list its models</source>
        <translation>Tester la connexion au fournisseur sélectionné et lister ses modèles</translation>
    </message>
    <message>
        <source>Ask the selected provider for its model list</source>
        <translation>Demander au fournisseur sélectionné sa liste de modèles</translation>
    </message>
    <message>
        <source>Select a provider and test its connection to see the models it serves.</source>
        <translation>Sélectionnez un fournisseur et testez sa connexion pour voir les modèles qu&apos;il propose.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Models the selected provider serves</source>
        <translation>Modèles proposés par le fournisseur sélectionné</translation>
    </message>
    <message>
        <source>Add selected to the council</source>
        <translation>Ajouter la sélection au conseil</translation>
    </message>
    <message>
        <source>Add the selected models to the council</source>
        <translation>Ajouter les modèles sélectionnés au conseil</translation>
    </message>
    <message>
        <source>Local or self-hosted OpenAI-compatible servers. A member “model@name” is served by the provider called “name”; requests beyond Max concurrent wait.</source>
        <translation>Serveurs locaux ou auto-hébergés compatibles OpenAI. Un membre “modèle@nom” est servi par le fournisseur appelé “nom” ; les requêtes au-delà de Max. simultanées attendent.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Select a provider first.</source>
        <translation>Sélectionnez d&apos;abord un fournisseur.</translation>
    </message>
    <message>
        <source>new (unsaved)</source>
        <translation>nouveau (non enregistré)</translation>
    </message>
    <message>
        <source>Row {row}: a provider name must be one word without &apos;@&apos;.</source>
        <translation>Ligne {row} : un nom de fournisseur doit être un seul mot sans &apos;@&apos;.</translation>
    </message>
    <message>
        <source>Two providers are called &apos;{name}&apos;.</source>
        <translation>Deux fournisseurs s&apos;appellent &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Provider &apos;{name}&apos;: the base URL must start with http:// or https://.</source>
        <translation>Fournisseur &apos;{name}&apos; : l&apos;URL de base doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation>L&apos;URL de base doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>Asking {name} for its models…</source>
        <translation>Demande de ses modèles à {name}…</translation>
    </message>
    <message>
        <source>{model} · {tokens}-token context</source>
        <translation>{model} · contexte de {tokens} jetons</translation>
    </message>
    <message>
        <source>Added to the council: {models}. Save to keep it.</source>
        <translation>Ajoutés au conseil : {models}. Enregistrez pour les conserver.</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Question of the run on screen</source>
        <translation>Question de l&apos;exécution affichée</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole question</source>
        <translation>Afficher toute la question</translation>
    </message>
    <message>
        <source>Edit as new question</source>
        <translation>Modifier comme nouvelle question</translation>
    </message>
    <message>
        <source>Edit this question as a new question</source>
        <translation>Modifier cette question comme nouvelle question</translation>
    </message>
    <message>
        <source>Copy this question into the prompt box, to change it and ask again</source>
        <translation>Copier cette question dans la zone de saisie, pour la modifier et la reposer</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Final answer</source>
        <translation>Réponse finale</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Évaluation par les pairs</translation>
    </message>
    <message>
        <source>The chairman&apos;s final answer (stage 3) — Ctrl+1</source>
        <translation>La réponse finale du président (étape 3) — Ctrl+1</translation>
    </message>
    <message>
        <source>Every member&apos;s own answer (stage 1) — Ctrl+2</source>
        <translation>La réponse propre de chaque membre (étape 1) — Ctrl+2</translation>
    </message>
    <message>
        <source>The members&apos; anonymous reviews and the aggregate ranking (stage 2) — Ctrl+3</source>
        <translation>Les évaluations anonymes des membres et le classement agrégé (étape 2) — Ctrl+3</translation>
    </message>
    <message>
        <source>{title} · skipped</source>
        <extracomment>How long after a live update a hidden tab catches up, one tab per loop turn: the visible tab is updated at once, and a stage&apos;s end no longer updates all three in one turn (16 members&apos; answers and reviews took ~20 ms).</extracomment>
        <translation>{title} · ignorée</translation>
    </message>
    <message>
        <source>Final answer (degraded)</source>
        <translation>Réponse finale (dégradée)</translation>
    </message>
    <message>
        <source>Final answer · writing…</source>
        <translation>Réponse finale · rédaction…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>ReviewTabs</name>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>{title} · no ranking</source>
        <translation>{title} · aucun classement</translation>
    </message>
    <message>
        <source>{title} · partly parsed</source>
        <translation>{title} · analysé en partie</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>parsed</source>
        <translation>analysé</translation>
    </message>
    <message>
        <source>partly parsed</source>
        <translation>analysé en partie</translation>
    </message>
    <message>
        <source>could not be parsed</source>
        <translation>n&apos;a pas pu être analysé</translation>
    </message>
    <message>
        <source>Ranking: none (could not be parsed)</source>
        <translation>Classement : aucun (n&apos;a pas pu être analysé)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Ranking: none ({status})</source>
        <translation>Classement : aucun ({status})</translation>
    </message>
    <message>
        <source>Ranking ({status}): {ranking}</source>
        <translation>Classement ({status}) : {ranking}</translation>
    </message>
    <message>
        <source>Stage 2 peer review</source>
        <translation>Étape 2 : évaluation par les pairs</translation>
    </message>
    <message>
        <source>Peer review notice</source>
        <translation>Avis sur l&apos;évaluation par les pairs</translation>
    </message>
    <message>
        <source>Aggregate ranking title</source>
        <translation>Titre du classement agrégé</translation>
    </message>
    <message>
        <source>⚠ Stage 2 skipped: {notice}</source>
        <translation>⚠ Étape 2 ignorée : {notice}</translation>
    </message>
    <message>
        <source>Aggregate ranking from {used} of {total} review · lower average is better</source>
        <translation>Classement agrégé à partir de {used} évaluation sur {total} · une moyenne plus basse est meilleure</translation>
    </message>
    <message>
        <source>Aggregate ranking from {used} of {total} reviews · lower average is better</source>
        <translation>Classement agrégé à partir de {used} évaluations sur {total} · une moyenne plus basse est meilleure</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Retry {model}</source>
        <translation>Réessayer {model}</translation>
    </message>
    <message>
        <source>Ask this member again; the other answers are reused, then peer review and synthesis run anew</source>
        <translation>Reposer la question à ce membre ; les autres réponses sont réutilisées, puis l&apos;évaluation par les pairs et la synthèse sont relancées</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>Ask one more model; the other answers are reused, then peer review and synthesis run anew</source>
        <translation>Interroger un modèle de plus ; les autres réponses sont réutilisées, puis l&apos;évaluation par les pairs et la synthèse sont relancées</translation>
    </message>
    <message>
        <source>Ask {model}…</source>
        <translation>Interroger {model}…</translation>
    </message>
    <message>
        <source>Ask this member alone the next question, with the conversation so far</source>
        <translation>Poser la prochaine question à ce seul membre, avec la conversation jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Re-ask reviewer {model}</source>
        <translation>Réinterroger l&apos;évaluateur {model}</translation>
    </message>
    <message>
        <source>Ask this reviewer again with the same anonymized answers; then a new synthesis</source>
        <translation>Réinterroger cet évaluateur avec les mêmes réponses anonymisées ; puis une nouvelle synthèse</translation>
    </message>
    <message>
        <source>New synthesis…</source>
        <translation>Nouvelle synthèse…</translation>
    </message>
    <message>
        <source>Ask the chairman (the same or another model) for a new final answer; nothing else is asked</source>
        <translation>Demander au président (le même ou un autre modèle) une nouvelle réponse finale ; rien d&apos;autre n&apos;est demandé</translation>
    </message>
</context>
<context>
    <name>RunActionsBar</name>
    <message>
        <source>Run actions</source>
        <translation>Actions sur l&apos;exécution</translation>
    </message>
    <message>
        <source>Run actions note</source>
        <translation>Note sur les actions d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A council is already running — Esc cancels it.</source>
        <translation>Un conseil est déjà en cours — Échap l&apos;annule.</translation>
    </message>
    <message>
        <source>{name} at {url}</source>
        <translation>{name} à {url}</translation>
    </message>
    <message>
        <source>Not started: the API key would travel unencrypted (plain http://) to {where}. Use https://, or confirm to send it anyway.</source>
        <translation>Non démarré : la clé API circulerait sans chiffrement (http:// simple) vers {where}. Utilisez https://, ou confirmez pour l&apos;envoyer quand même.</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>&amp;Models · stage 1</source>
        <translation>&amp;Modèles · étape 1</translation>
    </message>
    <message>
        <source>&amp;Models · nobody in this stage</source>
        <translation>&amp;Modèles · personne dans cette étape</translation>
    </message>
    <message>
        <source>&amp;Models · stage {stage}</source>
        <translation>&amp;Modèles · étape {stage}</translation>
    </message>
    <message>
        <source>&amp;Models · stage {stage}, where the run stopped</source>
        <translation>&amp;Modèles · étape {stage}, où l&apos;exécution s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Stage 1 done: {n} answer — Ctrl+2 shows them.</source>
        <translation>Étape 1 terminée : {n} réponse — Ctrl+2 l&apos;affiche.</translation>
    </message>
    <message>
        <source>Stage 1 done: {n} answers — Ctrl+2 shows them.</source>
        <translation>Étape 1 terminée : {n} réponses — Ctrl+2 les affiche.</translation>
    </message>
    <message>
        <source>Peer review skipped.</source>
        <translation>Évaluation par les pairs ignorée.</translation>
    </message>
    <message>
        <source>Peer review done: {n} review — Ctrl+3 shows them.</source>
        <translation>Évaluation par les pairs terminée : {n} évaluation — Ctrl+3 l&apos;affiche.</translation>
    </message>
    <message>
        <source>Peer review done: {n} reviews — Ctrl+3 shows them.</source>
        <translation>Évaluation par les pairs terminée : {n} évaluations — Ctrl+3 les affiche.</translation>
    </message>
    <message>
        <source>The chairman is writing the final answer — Ctrl+1 shows it.</source>
        <translation>Le président rédige la réponse finale — Ctrl+1 l&apos;affiche.</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <extracomment>How long after :meth:`SafeTextBrowser.replace_document` the view paints again (room for another turn&apos;s work). How long one slice of a Markdown build may work before it lets the event loop run. Blocks laid out between two looks at the clock. The size of the parts a long text is parsed in (characters; each part ends at a blank line).</extracomment>
        <translation>[image : {alt}]</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Copier ce code</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>How long a model may take to start answering once its request is sent (waiting in a local server&apos;s queue does not count). A model silent for this long is stopped and counted as failed.</source>
        <translation>Temps maximal pour qu&apos;un modèle commence à répondre une fois sa requête envoyée (l&apos;attente dans la file d&apos;un serveur local ne compte pas). Un modèle silencieux pendant ce temps est arrêté et compté comme en échec.</translation>
    </message>
    <message>
        <source>The most one whole answer may take. Long, careful answers and slow local models need more.</source>
        <translation>Durée maximale d&apos;une réponse complète. Les réponses longues et soignées et les modèles locaux lents ont besoin de plus.</translation>
    </message>
    <message>
        <source>How adventurous the members&apos; answers are: 0 is the most predictable, around 0.7 the usual, above 1 erratic.</source>
        <translation>Degré d&apos;audace des réponses des membres : 0 est le plus prévisible, environ 0,7 l&apos;habituel, au-delà de 1 erratique.</translation>
    </message>
    <message>
        <source>For the peer reviews: a low value keeps the rankings consistent and easy to read.</source>
        <translation>Pour les évaluations par les pairs : une valeur basse garde les classements cohérents et faciles à lire.</translation>
    </message>
    <message>
        <source>For the chairman&apos;s final answer.</source>
        <translation>Pour la réponse finale du président.</translation>
    </message>
    <message>
        <source>The longest answer a model may write (a token is about three quarters of a word). Paid models reserve credit for this many tokens per request; a local model&apos;s context must hold it and the question.</source>
        <translation>La réponse la plus longue qu&apos;un modèle peut écrire (un jeton vaut environ trois quarts de mot). Les modèles payants réservent du crédit pour ce nombre de jetons par requête ; le contexte d&apos;un modèle local doit le contenir, ainsi que la question.</translation>
    </message>
    <message>
        <source>Stages 1 and 2 end as soon as this many members have finished; the others are stopped (their text is kept). “every member” waits for all.</source>
        <translation>Les étapes 1 et 2 se terminent dès que ce nombre de membres a fini ; les autres sont arrêtés (leur texte est conservé). “tous les membres” attend tout le monde.</translation>
    </message>
    <message>
        <source>Stages 1 and 2 end this long after they started, with the members that have finished (if none has, with the first that does). “none”: no deadline.</source>
        <translation>Les étapes 1 et 2 se terminent ce délai après leur début, avec les membres qui ont fini (si aucun n&apos;a fini, avec le premier qui finit). “aucun” : pas de délai limite.</translation>
    </message>
    <message>
        <source>Settings — LLM Council</source>
        <translation>Paramètres — LLM Council</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>OpenRouter key</source>
        <translation>Clé OpenRouter</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Timeouts &amp;&amp; temperatures</source>
        <translation>Délais &amp;&amp; températures</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problème de paramètres</translation>
    </message>
    <message>
        <source>First-token timeout in seconds</source>
        <translation>Délai du premier jeton en secondes</translation>
    </message>
    <message>
        <source>Total timeout in seconds</source>
        <translation>Délai total en secondes</translation>
    </message>
    <message>
        <source>Answer temperature</source>
        <translation>Température des réponses</translation>
    </message>
    <message>
        <source>Review temperature</source>
        <translation>Température d&apos;évaluation</translation>
    </message>
    <message>
        <source>Chairman temperature</source>
        <translation>Température du président</translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation>Nombre maximal de jetons par réponse</translation>
    </message>
    <message>
        <source>every member</source>
        <translation>tous les membres</translation>
    </message>
    <message>
        <source> members</source>
        <translation> membres</translation>
    </message>
    <message>
        <source>Quorum: a stage ends once this many members finished it</source>
        <translation>Quorum : une étape se termine dès que ce nombre de membres l&apos;a finie</translation>
    </message>
    <message>
        <source>Stage deadline in seconds</source>
        <translation>Délai limite de l&apos;étape en secondes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>First token &amp;within:</source>
        <translation>Premier &amp;jeton sous :</translation>
    </message>
    <message>
        <source>Whole answer w&amp;ithin:</source>
        <translation>Réponse &amp;complète sous :</translation>
    </message>
    <message>
        <source>&amp;Answer temperature (stage 1):</source>
        <translation>Température des &amp;réponses (étape 1) :</translation>
    </message>
    <message>
        <source>Re&amp;view temperature (stage 2):</source>
        <translation>Température d&apos;é&amp;valuation (étape 2) :</translation>
    </message>
    <message>
        <source>C&amp;hairman temperature (stage 3):</source>
        <translation>Température du &amp;président (étape 3) :</translation>
    </message>
    <message>
        <source>&amp;Max tokens per answer:</source>
        <translation>&amp;Max. de jetons par réponse :</translation>
    </message>
    <message>
        <source>End a stage once this many &amp;finished:</source>
        <translation>Finir une étape dès que ce nombre a &amp;fini :</translation>
    </message>
    <message>
        <source>End a stage a&amp;fter:</source>
        <translation>Finir une étape au &amp;bout de :</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Reset timeouts and temperatures to their defaults</source>
        <translation>Rétablir les délais et températures par défaut</translation>
    </message>
    <message>
        <source>Put every value on this page back to its default (saved when you press Save)</source>
        <translation>Remettre chaque valeur de cette page à sa valeur par défaut (enregistré quand vous cliquez sur Enregistrer)</translation>
    </message>
    <message>
        <source>Add at least one council member.</source>
        <translation>Ajoutez au moins un membre au conseil.</translation>
    </message>
    <message>
        <source>Choose a chairman.</source>
        <translation>Choisissez un président.</translation>
    </message>
    <message>
        <source>&apos;{model}&apos; names a provider that is not configured on the Providers page.</source>
        <translation>&apos;{model}&apos; désigne un fournisseur qui n&apos;est pas configuré sur la page Fournisseurs.</translation>
    </message>
    <message>
        <source>OpenRouter key: {problem}</source>
        <translation>Clé OpenRouter : {problem}</translation>
    </message>
    <message>
        <source>Key of provider &apos;{name}&apos;: {problem}</source>
        <translation>Clé du fournisseur &apos;{name}&apos; : {problem}</translation>
    </message>
    <message>
        <source>Members search the web (where their provider can)</source>
        <translation>Les membres cherchent sur le web (quand leur fournisseur le permet)</translation>
    </message>
    <message>
        <source>Web search by default</source>
        <translation>Recherche web par défaut</translation>
    </message>
    <message>
        <source>The default of the council bar&apos;s Web search toggle (OpenRouter&apos;s web plugin; it costs extra per request)</source>
        <translation>Valeur par défaut du bouton Recherche web de la barre du conseil (le plugin web d&apos;OpenRouter ; il coûte un supplément par requête)</translation>
    </message>
    <message>
        <source>Web search:</source>
        <translation>Recherche web :</translation>
    </message>
    <message>
        <source>Budget per run in USD</source>
        <translation>Budget par exécution en USD</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>A stage whose estimate would pass what is left is not started, and when the cost passes the cap every open request is stopped (its text kept); the run says why. “no cap”: no limit.</source>
        <translation>Une étape dont l&apos;estimation dépasserait ce qui reste n&apos;est pas démarrée, et quand le coût dépasse le plafond, toutes les requêtes ouvertes sont arrêtées (leur texte est conservé) ; l&apos;exécution indique pourquoi. “sans plafond” : aucune limite.</translation>
    </message>
    <message>
        <source>Spend at most per run:</source>
        <translation>Dépenser au plus par exécution :</translation>
    </message>
    <message>
        <source>✗ Not saved: {problems}</source>
        <translation>✗ Non enregistré : {problems}</translation>
    </message>
    <message>
        <source>✗ The settings could not be written: {error}</source>
        <translation>✗ Les paramètres n&apos;ont pas pu être écrits : {error}</translation>
    </message>
    <message>
        <source>Language — LLM Council</source>
        <translation>Langue — LLM Council</translation>
    </message>
    <message>
        <source>The new language is used when LLM Council starts again.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de LLM Council.</translation>
    </message>
    <message>
        <source>Language changes at the next start</source>
        <translation>La langue change au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Move between controls</source>
        <translation>Passer d&apos;un contrôle à l&apos;autre</translation>
    </message>
    <message>
        <source>Open the focused row&apos;s menu (model list: skip, copy id; history: open, ask again, export, delete)</source>
        <translation>Ouvrir le menu de la ligne active (liste des modèles : ignorer, copier l&apos;id ; historique : ouvrir, reposer, exporter, supprimer)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SourcesStrip</name>
    <message>
        <source>Sources: {sources} · and {more} more</source>
        <translation>Sources : {sources} · et {more} de plus</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Sources : {sources}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Cited sources</source>
        <translation>Sources citées</translation>
    </message>
    <message>
        <source>Provider note</source>
        <translation>Note du fournisseur</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>Done — the council has answered</source>
        <translation>Terminé — le conseil a répondu</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>L&apos;exécution a échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>The run failed in stage {stage}/{total}</source>
        <translation>L&apos;exécution a échoué à l&apos;étape {stage}/{total}</translation>
    </message>
    <message>
        <source>Cancelled in stage {stage}/{total}</source>
        <translation>Annulé à l&apos;étape {stage}/{total}</translation>
    </message>
    <message>
        <source>Interrupted in stage {stage}/{total}</source>
        <translation>Interrompu à l&apos;étape {stage}/{total}</translation>
    </message>
    <message>
        <source>Independent answers</source>
        <translation>Réponses indépendantes</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Évaluation par les pairs</translation>
    </message>
    <message>
        <source>Chairman synthesis</source>
        <translation>Synthèse du président</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stage {stage}/{total} — {name} · {done} of {members} finished</source>
        <translation>Étape {stage}/{total} — {name} · {done} sur {members} ont fini</translation>
    </message>
    <message>
        <source>Stage {stage}/{total} — {name}</source>
        <translation>Étape {stage}/{total} — {name}</translation>
    </message>
    <message>
        <source>Done — the answers and their peer review are in</source>
        <translation>Terminé — les réponses et leur évaluation par les pairs sont là</translation>
    </message>
    <message>
        <source>Done — the answers are in</source>
        <translation>Terminé — les réponses sont là</translation>
    </message>
    <message>
        <source>Done, degraded — {reasons}</source>
        <translation>Terminé, dégradé — {reasons}</translation>
    </message>
    <message>
        <source>Past run · {state}</source>
        <translation>Exécution passée · {state}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Council progress</source>
        <translation>Progression du conseil</translation>
    </message>
    <message>
        <source>Synthesize now</source>
        <translation>Synthétiser maintenant</translation>
    </message>
    <message>
        <source>End this stage with the members that have finished: the others are stopped (their text is kept) and the council goes on (Ctrl+Shift+Enter)</source>
        <translation>Terminer cette étape avec les membres qui ont fini : les autres sont arrêtés (leur texte est conservé) et le conseil continue (Ctrl+Maj+Entrée)</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <source>Full council</source>
        <translation>Conseil complet</translation>
    </message>
    <message>
        <source>Answers and review</source>
        <translation>Réponses et évaluation</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>Réponses seules</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <source>Avg rank</source>
        <translation>Rang moy.</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Premier jeton</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Score per $</source>
        <translation>Score par $</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Own family</source>
        <translation>Propre famille</translation>
    </message>
    <message>
        <source>Other families</source>
        <translation>Autres familles</translation>
    </message>
    <message>
        <source>Own family, by others</source>
        <translation>Propre famille, par les autres</translation>
    </message>
    <message>
        <source>Lean</source>
        <translation>Biais</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Dépenses par jour</translation>
    </message>
    <message>
        <source>{key}: {cost}, {calls} calls</source>
        <translation>{key} : {cost}, {calls} appels</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>Dépenses par mois</translation>
    </message>
    <message>
        <source>{key}: {cost} over {calls} calls, {tokens} tokens ({unpriced} reported no cost)</source>
        <translation>{key} : {cost} sur {calls} appels, {tokens} jetons ({unpriced} sans coût indiqué)</translation>
    </message>
    <message>
        <source>{key}: {cost} over {calls} calls, {tokens} tokens</source>
        <translation>{key} : {cost} sur {calls} appels, {tokens} jetons</translation>
    </message>
    <message>
        <source>{score} · {wins}/{ranked} wins · avg rank {avg}</source>
        <translation>{score} · {wins}/{ranked} victoires · rang moy. {avg}</translation>
    </message>
    <message>
        <source>{score} · {wins}/{ranked} wins</source>
        <translation>{score} · {wins}/{ranked} victoires</translation>
    </message>
    <message>
        <source>{model}: score {score} from {votes} placements; first in {wins} of {ranked} councils that ranked it</source>
        <translation>{model} : score {score} sur {votes} placements ; premier dans {wins} des {ranked} conseils qui l&apos;ont classé</translation>
    </message>
    <message>
        <source>{cost} · {value} score/$</source>
        <translation>{cost} · {value} score/$</translation>
    </message>
    <message>
        <source>{model}: {cost} in all its calls; an average answer {answer_cost}</source>
        <translation>{model} : {cost} sur tous ses appels ; une réponse moyenne {answer_cost}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>{lean} pts</source>
        <translation>{lean} pts</translation>
    </message>
    <message>
        <source>{lean} pts (too few to tell)</source>
        <translation>{lean} pts (trop peu pour conclure)</translation>
    </message>
    <message>
        <source>Spend and leaderboard</source>
        <translation>Dépenses et classement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until (inclusive)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>État des statistiques</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Spend summary</source>
        <translation>Résumé des dépenses</translation>
    </message>
    <message>
        <source>Spend per model</source>
        <translation>Dépenses par modèle</translation>
    </message>
    <message>
        <source>Spend per provider</source>
        <translation>Dépenses par fournisseur</translation>
    </message>
    <message>
        <source>Score (100% = placed first by every reviewer)</source>
        <translation>Score (100 % = classé premier par chaque évaluateur)</translation>
    </message>
    <message>
        <source>Cost per model (all its calls)</source>
        <translation>Coût par modèle (tous ses appels)</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Wins: councils whose ranking put it first (of those that ranked it). Score: 100% = placed first by every reviewer, 0% = last. First token and duration: medians of its latest {n} answers. Score per $: score per dollar of an average answer. Re-used answers are counted once.</source>
        <translation>Victoires : conseils dont le classement l&apos;a mis en premier (parmi ceux qui l&apos;ont classé). Score : 100 % = classé premier par chaque évaluateur, 0 % = dernier. Premier jeton et durée : médianes de ses {n} dernières réponses. Score par $ : score par dollar d&apos;une réponse moyenne. Les réponses réutilisées sont comptées une fois.</translation>
    </message>
    <message>
        <source>Self-preference</source>
        <translation>Auto-préférence</translation>
    </message>
    <message>
        <source>Scores as in the leaderboard; n = the placements behind each. “Own family, by others”: how reviewers of other vendors placed the same answers. Lean = own family minus that (a reviewer never sees its own answer). Fewer than {n} placements on either side is too few to tell.</source>
        <translation>Scores comme dans le classement ; n = les placements derrière chacun. “Propre famille, par les autres” : comment les évaluateurs d&apos;autres fournisseurs ont placé les mêmes réponses. Biais = propre famille moins cela (un évaluateur ne voit jamais sa propre réponse). Moins de {n} placements d&apos;un côté ou de l&apos;autre, c&apos;est trop peu pour conclure.</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>The statistics cannot be read: {reason}</source>
        <translation>Les statistiques ne peuvent pas être lues : {reason}</translation>
    </message>
    <message>
        <source>No runs in this period yet.</source>
        <translation>Aucune exécution sur cette période pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No runs yet: ask the council a question.</source>
        <translation>Aucune exécution pour l&apos;instant : posez une question au conseil.</translation>
    </message>
    <message>
        <source>Spent today {today} · this month {month} · in this period {total} — {calls} calls</source>
        <translation>Dépensé aujourd&apos;hui {today} · ce mois-ci {month} · sur cette période {total} — {calls} appels</translation>
    </message>
    <message>
        <source>Spent today {today} · this month {month} · all time {total} — {calls} calls</source>
        <translation>Dépensé aujourd&apos;hui {today} · ce mois-ci {month} · depuis toujours {total} — {calls} appels</translation>
    </message>
    <message>
        <source>{summary} ({n} reported no cost)</source>
        <translation>{summary} ({n} sans coût indiqué)</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} modèles</translation>
    </message>
</context>
<context>
    <name>SummaryBanner</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Note banner</source>
        <translation>Bannière de note</translation>
    </message>
    <message>
        <source>Warning banner</source>
        <translation>Bannière d&apos;avertissement</translation>
    </message>
    <message>
        <source>Error banner</source>
        <translation>Bannière d&apos;erreur</translation>
    </message>
    <message>
        <source>Done banner</source>
        <translation>Bannière de fin</translation>
    </message>
    <message>
        <source>{n} answer (stage 1)</source>
        <translation>{n} réponse (étape 1)</translation>
    </message>
    <message>
        <source>{n} answers (stage 1)</source>
        <translation>{n} réponses (étape 1)</translation>
    </message>
    <message>
        <source>{n} review (stage 2)</source>
        <translation>{n} évaluation (étape 2)</translation>
    </message>
    <message>
        <source>{n} reviews (stage 2)</source>
        <translation>{n} évaluations (étape 2)</translation>
    </message>
    <message>
        <source>the final answer</source>
        <translation>la réponse finale</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} et {n} autres</translation>
    </message>
    <message>
        <source>the partial text of {n} member ({names})</source>
        <translation>le texte partiel de {n} membre ({names})</translation>
    </message>
    <message>
        <source>the partial text of {n} members ({names})</source>
        <translation>le texte partiel de {n} membres ({names})</translation>
    </message>
    <message>
        <source>Nothing was kept.</source>
        <translation>Rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Kept: {items}.</source>
        <translation>Conservé : {items}.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The run failed: {error} {kept}</source>
        <translation>L&apos;exécution a échoué : {error} {kept}</translation>
    </message>
    <message>
        <source>The run was cancelled. {kept}</source>
        <translation>L&apos;exécution a été annulée. {kept}</translation>
    </message>
    <message>
        <source>The run was interrupted (the app closed mid-run). {kept}</source>
        <translation>L&apos;exécution a été interrompue (l&apos;application s&apos;est fermée en cours d&apos;exécution). {kept}</translation>
    </message>
    <message>
        <source>Degraded — the final answer is not the whole council&apos;s work: {reasons}.</source>
        <translation>Dégradé — la réponse finale n&apos;est pas le travail de tout le conseil : {reasons}.</translation>
    </message>
    <message>
        <source>Stage 2 skipped — {notice}</source>
        <translation>Étape 2 ignorée — {notice}</translation>
    </message>
    <message>
        <source>Chairman fallback — {notice}</source>
        <translation>Président de secours — {notice}</translation>
    </message>
    <message>
        <source>{n} model request failed ({names}); the council went on without them.</source>
        <translation>{n} requête de modèle a échoué ({names}) ; le conseil a continué sans elle.</translation>
    </message>
    <message>
        <source>{n} model requests failed ({names}); the council went on without them.</source>
        <translation>{n} requêtes de modèle ont échoué ({names}) ; le conseil a continué sans elles.</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Résumé de l&apos;exécution</translation>
    </message>
    <message>
        <source>{glyph} {level}: {message}</source>
        <translation>{glyph} {level} : {message}</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>{title}
A thread of {n} runs (follow-ups and re-runs), the newest {when} — {status}
Opening it shows the conversation.</source>
        <translation>{title}
Un fil de {n} exécutions (suites et relances), la plus récente {when} — {status}
L&apos;ouvrir affiche la conversation.</translation>
    </message>
    <message>
        <source>{n} of its runs match “{search}”</source>
        <translation>{n} de ses exécutions correspondent à “{search}”</translation>
    </message>
    <message>
        <source>{title}. A thread of runs. {details}</source>
        <translation>{title}. Un fil d&apos;exécutions. {details}</translation>
    </message>
    <message>
        <source>{n} matching runs of a thread</source>
        <translation>{n} exécutions correspondantes d&apos;un fil</translation>
    </message>
    <message>
        <source>thread of {n} runs</source>
        <translation>fil de {n} exécutions</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>{n} columns from {first} to {last}; the highest {top}: {value}</source>
        <translation>{n} colonnes de {first} à {last} ; la plus haute {top} : {value}</translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation>rien à afficher</translation>
    </message>
    <message>
        <source>{title} — highest {label}: {value}</source>
        <translation>{title} — la plus haute {label} : {value}</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>WindowPower</name>
    <message>
        <source>You are offline: asking the models again needs the network (the earlier run stays as it is).</source>
        <translation>Vous êtes hors ligne : réinterroger les modèles nécessite le réseau (l&apos;exécution précédente reste telle quelle).</translation>
    </message>
    <message>
        <source>No OpenRouter key: add one in Settings to ask OpenRouter models again.</source>
        <translation>Aucune clé OpenRouter : ajoutez-en une dans les Paramètres pour réinterroger les modèles OpenRouter.</translation>
    </message>
    <message>
        <source>A council is running: re-run or follow up once it has finished.</source>
        <translation>Un conseil est en cours : relancez ou posez une question de suivi une fois qu&apos;il est terminé.</translation>
    </message>
    <message>
        <source>This run cannot be opened: {error}</source>
        <translation>Cette exécution ne peut pas être ouverte : {error}</translation>
    </message>
    <message>
        <source>&amp;Presets…</source>
        <translation>&amp;Préréglages…</translation>
    </message>
    <message>
        <source>Spend and &amp;leaderboard…</source>
        <translation>Dépenses et &amp;classement…</translation>
    </message>
    <message>
        <source>Spend, the leaderboard of your models and self-preference</source>
        <translation>Les dépenses, le classement de vos modèles et l&apos;auto-préférence</translation>
    </message>
    <message>
        <source>The history is not available: there is nothing to count.</source>
        <translation>L&apos;historique n&apos;est pas disponible : il n&apos;y a rien à compter.</translation>
    </message>
    <message>
        <source>The preset could not be remembered: {error}</source>
        <translation>Le préréglage n&apos;a pas pu être mémorisé : {error}</translation>
    </message>
    <message>
        <source>Council: {name}.</source>
        <translation>Conseil : {name}.</translation>
    </message>
    <message>
        <source>Prompts of “{title}”</source>
        <translation>Prompts de “{title}”</translation>
    </message>
    <message>
        <source>Open a finished run first.</source>
        <translation>Ouvrez d&apos;abord une exécution terminée.</translation>
    </message>
    <message>
        <source>This cannot start.</source>
        <translation>Impossible de démarrer.</translation>
    </message>
    <message>
        <source>Asking {model} again; the other answers are reused…</source>
        <translation>Nouvelle interrogation de {model} ; les autres réponses sont réutilisées…</translation>
    </message>
    <message>
        <source>Asking {model} too; the other answers are reused…</source>
        <translation>Interrogation de {model} en plus ; les autres réponses sont réutilisées…</translation>
    </message>
    <message>
        <source>Asking reviewer {model} again, then a new synthesis…</source>
        <translation>Nouvelle interrogation de l&apos;évaluateur {model}, puis nouvelle synthèse…</translation>
    </message>
    <message>
        <source>A new synthesis by {model}; nothing else is asked…</source>
        <translation>Nouvelle synthèse par {model} ; rien d&apos;autre n&apos;est demandé…</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>The model to ask too (its answer joins the others, then peer review and synthesis run anew):</source>
        <translation>Le modèle à interroger en plus (sa réponse rejoint les autres, puis l&apos;évaluation par les pairs et la synthèse sont relancées) :</translation>
    </message>
    <message>
        <source>New synthesis</source>
        <translation>Nouvelle synthèse</translation>
    </message>
    <message>
        <source>The chairman of the new synthesis (only it is asked):</source>
        <translation>Le président de la nouvelle synthèse (lui seul est interrogé) :</translation>
    </message>
    <message>
        <source>Asking the council the follow-up…</source>
        <translation>Question de suivi posée au conseil…</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>Interrogation de {model}…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The run history cannot be opened: {problem} The app works without it: runs of this session are not saved.</source>
        <translation>L&apos;historique des exécutions ne peut pas être ouvert : {problem} L&apos;application fonctionne sans lui : les exécutions de cette session ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historique indisponible</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Nothing to re-run: name a member, a reviewer or a chairman.</source>
        <translation>Rien à relancer : indiquez un membre, un évaluateur ou un président.</translation>
    </message>
    <message>
        <source>A follow-up needs the run it follows.</source>
        <translation>Une question de suivi a besoin de l&apos;exécution qu&apos;elle prolonge.</translation>
    </message>
    <message>
        <source>The prompt is empty: type a question for the council.</source>
        <translation>Le prompt est vide : posez une question au conseil.</translation>
    </message>
    <message>
        <source>The council has no members: add at least one model.</source>
        <translation>Le conseil n&apos;a aucun membre : ajoutez au moins un modèle.</translation>
    </message>
    <message>
        <source>No chairman model is set.</source>
        <translation>Aucun modèle président n&apos;est défini.</translation>
    </message>
    <message>
        <source>The quorum must be at least 1.</source>
        <translation>Le quorum doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The stage deadline must be a positive number of seconds.</source>
        <translation>Le délai d&apos;une étape doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <source>No OpenRouter API key yet, and this council asks OpenRouter models.</source>
        <translation>Pas encore de clé API OpenRouter, et ce conseil interroge des modèles OpenRouter.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring ({backend}).</source>
        <translation>Les clés sont conservées dans le trousseau du système ({backend}).</translation>
    </message>
    <message>
        <source>No system keyring is available (no Secret Service / Keychain / Credential Manager was found): a key you enter is kept for this session only and is not saved. Set {env} to use a key without a keyring.</source>
        <translation>Aucun trousseau système n&apos;est disponible (ni Secret Service, ni Trousseau, ni Gestionnaire d&apos;identification) : une clé saisie n&apos;est gardée que pour cette session et n&apos;est pas enregistrée. Définissez {env} pour utiliser une clé sans trousseau.</translation>
    </message>
    <message>
        <source>Skipped by the user.</source>
        <translation>Ignoré par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Stopped: the stage ended early ({reason}).</source>
        <translation>Arrêté : l&apos;étape s&apos;est terminée plus tôt ({reason}).</translation>
    </message>
    <message>
        <source>{stage} ended early: {reason}; the members still working were stopped (their text kept).</source>
        <translation>{stage} terminée plus tôt : {reason} ; les membres encore au travail ont été arrêtés (leur texte est conservé).</translation>
    </message>
    <message>
        <source>ended early by the user</source>
        <translation>terminée plus tôt par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminée plus tôt</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Export run</source>
        <translation>Exporter l&apos;exécution</translation>
    </message>
    <message>
        <source>Export {n} runs</source>
        <translation>Exporter {n} exécutions</translation>
    </message>
    <message>
        <source>{file} was not imported: {problem}.</source>
        <translation>{file} n&apos;a pas été importé : {problem}.</translation>
    </message>
    <message>
        <source>Imported {n} run from {file}.</source>
        <translation>{n} exécution importée depuis {file}.</translation>
    </message>
    <message>
        <source>Imported {n} runs from {file}.</source>
        <translation>{n} exécutions importées depuis {file}.</translation>
    </message>
    <message>
        <source>{n} run was already in the history.</source>
        <translation>{n} exécution était déjà dans l&apos;historique.</translation>
    </message>
    <message>
        <source>{n} runs were already in the history.</source>
        <translation>{n} exécutions étaient déjà dans l&apos;historique.</translation>
    </message>
    <message>
        <source>{n} run with the id of a different run in the history was left out (the command line&apos;s import --replace overwrites).</source>
        <translation>{n} exécution portant l&apos;id d&apos;une autre exécution de l&apos;historique a été écartée (import --replace en ligne de commande écrase).</translation>
    </message>
    <message>
        <source>{n} runs with the id of a different run in the history were left out (the command line&apos;s import --replace overwrites).</source>
        <translation>{n} exécutions portant l&apos;id d&apos;une autre exécution de l&apos;historique ont été écartées (import --replace en ligne de commande écrase).</translation>
    </message>
    <message>
        <source>{file} holds no runs.</source>
        <translation>{file} ne contient aucune exécution.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>il ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>it is larger than a run export can be ({n} bytes)</source>
        <translation>il est plus volumineux qu&apos;un export d&apos;exécutions ne peut l&apos;être ({n} octets)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {n})</source>
        <translation>ce n&apos;est pas du texte UTF-8 (octet {n})</translation>
    </message>
    <message>
        <source>it is not a run export ({reason})</source>
        <translation>ce n&apos;est pas un export d&apos;exécutions ({reason})</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>génération</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>réflexion</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>{count} token</source>
        <translation>{count} jeton</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} jetons</translation>
    </message>
    <message>
        <source>skipped by the user</source>
        <translation>ignoré par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>échec : {reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>the run ended first</source>
        <translation>l&apos;exécution s&apos;est terminée avant</translation>
    </message>
    <message>
        <source>check the key in Settings</source>
        <translation>vérifiez la clé dans les Paramètres</translation>
    </message>
    <message>
        <source>Check the key: Settings → OpenRouter key (Test key says whether it works), or the provider&apos;s key on the Providers page.</source>
        <translation>Vérifiez la clé : Paramètres → Clé OpenRouter (Tester la clé indique si elle fonctionne), ou la clé du fournisseur sur la page Fournisseurs.</translation>
    </message>
    <message>
        <source>top up credits or lower Max tokens</source>
        <translation>rechargez vos crédits ou baissez le max. de jetons</translation>
    </message>
    <message>
        <source>Top up your OpenRouter credits (openrouter.ai/settings/credits), or lower “Max tokens per answer” in Settings → Timeouts &amp; temperatures: a request reserves credit for its whole answer.</source>
        <translation>Rechargez vos crédits OpenRouter (openrouter.ai/settings/credits), ou baissez “Max. de jetons par réponse” dans Paramètres → Délais &amp; températures : une requête réserve du crédit pour toute sa réponse.</translation>
    </message>
    <message>
        <source>wait a minute, or pick another model</source>
        <translation>attendez une minute, ou choisissez un autre modèle</translation>
    </message>
    <message>
        <source>Wait a minute and ask again, or pick another model in Settings → Council (free models have tight rate limits).</source>
        <translation>Attendez une minute et reposez la question, ou choisissez un autre modèle dans Paramètres → Conseil (les modèles gratuits ont des limites de débit strictes).</translation>
    </message>
    <message>
        <source>pick another model</source>
        <translation>choisissez un autre modèle</translation>
    </message>
    <message>
        <source>Pick another model in Settings → Council: this id may be retired or mistyped.</source>
        <translation>Choisissez un autre modèle dans Paramètres → Conseil : cet id est peut-être retiré ou mal saisi.</translation>
    </message>
    <message>
        <source>allow more time, or pick a faster model</source>
        <translation>accordez plus de temps, ou choisissez un modèle plus rapide</translation>
    </message>
    <message>
        <source>Allow more time (Settings → Timeouts &amp; temperatures → “First token within”), or pick a faster model.</source>
        <translation>Accordez plus de temps (Paramètres → Délais &amp; températures → “Premier jeton sous”), ou choisissez un modèle plus rapide.</translation>
    </message>
    <message>
        <source>lower Max tokens, or pick a larger model</source>
        <translation>baissez le max. de jetons, ou choisissez un modèle plus grand</translation>
    </message>
    <message>
        <source>The question and the answers did not fit this model&apos;s context window: lower “Max tokens per answer” in Settings, or pick a model with a larger context.</source>
        <translation>La question et les réponses ne tenaient pas dans la fenêtre de contexte de ce modèle : baissez “Max. de jetons par réponse” dans les Paramètres, ou choisissez un modèle avec un contexte plus grand.</translation>
    </message>
    <message>
        <source>ask again</source>
        <translation>reposez la question</translation>
    </message>
    <message>
        <source>The connection dropped mid-answer: ask again.</source>
        <translation>La connexion a été coupée en pleine réponse : reposez la question.</translation>
    </message>
    <message>
        <source>rephrase, or pick another model</source>
        <translation>reformulez, ou choisissez un autre modèle</translation>
    </message>
    <message>
        <source>The provider&apos;s moderation refused the request: rephrase the question, or pick another model.</source>
        <translation>La modération du fournisseur a refusé la requête : reformulez la question, ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>ask again later, or pick another model</source>
        <translation>reposez la question plus tard, ou choisissez un autre modèle</translation>
    </message>
    <message>
        <source>The provider had trouble serving this model: ask again later, or pick another model.</source>
        <translation>Le fournisseur a eu du mal à servir ce modèle : reposez la question plus tard, ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>partial — {reason}</source>
        <translation>partiel — {reason}</translation>
    </message>
    <message>
        <source>reused from the earlier run · {detail}</source>
        <translation>réutilisé de l&apos;exécution précédente · {detail}</translation>
    </message>
    <message>
        <source>queued · {seconds} s, {ahead} ahead</source>
        <translation>en file d&apos;attente · {seconds} s, {ahead} devant</translation>
    </message>
    <message>
        <source>queued · {seconds} s</source>
        <translation>en file d&apos;attente · {seconds} s</translation>
    </message>
    <message>
        <source>waiting · {seconds} s of {deadline} s</source>
        <translation>en attente · {seconds} s sur {deadline} s</translation>
    </message>
    <message>
        <source>waiting · {seconds} s</source>
        <translation>en attente · {seconds} s</translation>
    </message>
    <message>
        <source>generating · {tokens}…</source>
        <translation>génération · {tokens}…</translation>
    </message>
    <message>
        <source>thinking · {count} reasoning tokens…</source>
        <translation>réflexion · {count} jetons de raisonnement…</translation>
    </message>
    <message>
        <source>retrying in {seconds} s</source>
        <translation>nouvel essai dans {seconds} s</translation>
    </message>
    <message>
        <source>{mark} · {tokens} kept</source>
        <translation>{mark} · {tokens} conservés</translation>
    </message>
    <message>
        <source>failed ({code}) · {remedy}</source>
        <translation>échec ({code}) · {remedy}</translation>
    </message>
    <message>
        <source>failed · {remedy}</source>
        <translation>échec · {remedy}</translation>
    </message>
    <message>
        <source>done in {duration} (from sending the request)</source>
        <translation>terminé en {duration} (depuis l&apos;envoi de la requête)</translation>
    </message>
    <message>
        <source>first token after {duration}</source>
        <translation>premier jeton après {duration}</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} jetons/s</translation>
    </message>
    <message>
        <source>queued {duration} before sending</source>
        <translation>en file d&apos;attente {duration} avant l&apos;envoi</translation>
    </message>
    <message>
        <source>HTTP {code}</source>
        <translation>HTTP {code}</translation>
    </message>
    <message>
        <source>What you can do: {remedy}</source>
        <translation>Ce que vous pouvez faire : {remedy}</translation>
    </message>
    <message>
        <source>reasoning: {count} tokens (counted apart)</source>
        <translation>raisonnement : {count} jetons (comptés à part)</translation>
    </message>
    <message>
        <source>Finished in {duration}</source>
        <translation>Terminé en {duration}</translation>
    </message>
    <message>
        <source>Failed after {duration}</source>
        <translation>Échec après {duration}</translation>
    </message>
    <message>
        <source>Cancelled after {duration}</source>
        <translation>Annulé après {duration}</translation>
    </message>
    <message>
        <source>Interrupted after {duration}</source>
        <translation>Interrompu après {duration}</translation>
    </message>
    <message>
        <source>Running for {duration}</source>
        <translation>En cours depuis {duration}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Took {duration}</source>
        <translation>A pris {duration}</translation>
    </message>
</context>
</TS>
