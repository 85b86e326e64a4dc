<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AggregateTable</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Average rank</source>
        <translation>Mittlerer Rang</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Place after peer review; “=1” means tied for first (= marks a tie), “—” that no review ranked it</source>
        <translation>Platz nach dem Peer-Review; „=1“ bedeutet geteilter erster Platz (= kennzeichnet Gleichstand), „—“, dass kein Review es eingestuft hat</translation>
    </message>
    <message>
        <source>The council member whose answer was ranked</source>
        <translation>Das Ratsmitglied, dessen Antwort eingestuft wurde</translation>
    </message>
    <message>
        <source>The mean of the places the reviews gave it (1 is best); lower is better</source>
        <translation>Der Mittelwert der Plätze, die die Reviews vergeben haben (1 ist am besten); niedriger ist besser</translation>
    </message>
    <message>
        <source>How many reviews ranked it</source>
        <translation>Wie viele Reviews es eingestuft haben</translation>
    </message>
    <message>
        <source>Borda points: in a ranking of n answers, first place earns n − 1 points, last earns 0; higher is better</source>
        <translation>Borda-Punkte: In einer Rangfolge von n Antworten erhält der erste Platz n − 1 Punkte, der letzte 0; höher ist besser</translation>
    </message>
    <message>
        <source>Aggregate ranking</source>
        <translation>Gesamtrangfolge</translation>
    </message>
</context>
<context>
    <name>AnswersView</name>
    <message>
        <source>Stage 1 answers</source>
        <translation>Antworten aus Phase 1</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>{percent} % (the system&apos;s)</source>
        <translation>{percent} % (Systemwert)</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>The window&apos;s language. It changes when the app starts again; the command line stays English.</source>
        <translation>Die Sprache des Fensters. Sie ändert sich beim nächsten Start der App; die Befehlszeile bleibt Englisch.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Reset the appearance to its defaults</source>
        <translation>Darstellung auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>“Follow the system” switches with your desktop&apos;s light or dark mode.</source>
        <translation>„Wie das System“ wechselt mit dem hellen oder dunklen Modus Ihres Desktops.</translation>
    </message>
    <message>
        <source>The size of all the window&apos;s text. Ctrl+plus and Ctrl+minus zoom the answers alone.</source>
        <translation>Die Größe aller Texte des Fensters. Ctrl+plus und Ctrl+minus zoomen nur die Antworten.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>nothing to show</source>
        <translation>nichts anzuzeigen</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>the council (chairman {model})</source>
        <translation>der Rat (Vorsitz {model})</translation>
    </message>
    <message>
        <source>{model} alone</source>
        <translation>{model} allein</translation>
    </message>
    <message>
        <source>the council&apos;s answers (no synthesis)</source>
        <translation>die Antworten des Rats (keine Synthese)</translation>
    </message>
    <message>
        <source>Answer from {who} — version {k} of {n}</source>
        <translation>Antwort von {who} — Version {k} von {n}</translation>
    </message>
    <message>
        <source>Answer from {who}</source>
        <translation>Antwort von {who}</translation>
    </message>
    <message>
        <source>No answer: the run {status}.</source>
        <translation>Keine Antwort: Lauf {status}.</translation>
    </message>
    <message>
        <source>{i}. You asked · {when}</source>
        <translation>{i}. Ihre Frage · {when}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Back to the run</source>
        <translation>Zurück zum Lauf</translation>
    </message>
    <message>
        <source>Questions of the conversation</source>
        <translation>Fragen der Unterhaltung</translation>
    </message>
    <message>
        <source>Enter or a double click opens that run&apos;s full council detail.</source>
        <translation>Enter oder ein Doppelklick öffnet die vollständigen Ratsdetails dieses Laufs.</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>die Unterhaltung</translation>
    </message>
    <message>
        <source>Open council detail</source>
        <translation>Ratsdetails öffnen</translation>
    </message>
    <message>
        <source>Open the full council detail of this question</source>
        <translation>Die vollständigen Ratsdetails dieser Frage öffnen</translation>
    </message>
    <message>
        <source>Every answer, review and the final answer of this run</source>
        <translation>Alle Antworten, Reviews und die endgültige Antwort dieses Laufs</translation>
    </message>
    <message>
        <source>Conversation: {title} · {n} question</source>
        <translation>Unterhaltung: {title} · {n} Frage</translation>
    </message>
    <message>
        <source>Conversation: {title} · {n} questions</source>
        <translation>Unterhaltung: {title} · {n} Fragen</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Ganze Unterhaltung</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>erneuter Lauf</translation>
    </message>
    <message>
        <source>↳ re-run: {what} · {when}</source>
        <translation>↳ erneuter Lauf: {what} · {when}</translation>
    </message>
    <message>
        <source>The whole conversation, each question with the answer it got.</source>
        <translation>Die ganze Unterhaltung, jede Frage mit der Antwort, die sie erhalten hat.</translation>
    </message>
    <message>
        <source>Question {i} of {n} · {status} · {members}</source>
        <translation>Frage {i} von {n} · {status} · {members}</translation>
    </message>
</context>
<context>
    <name>CouncilBar</name>
    <message>
        <source>Your settings&apos; council</source>
        <translation>Rat aus Ihren Einstellungen</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>{members} — chairman {chairman} ({price})</source>
        <translation>{members} — Vorsitz {chairman} ({price})</translation>
    </message>
    <message>
        <source>Full council</source>
        <translation>Voller Rat</translation>
    </message>
    <message>
        <source>Answers + review</source>
        <translation>Antworten + Review</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>Nur Antworten</translation>
    </message>
    <message>
        <source>Council in force</source>
        <translation>Aktiver Rat</translation>
    </message>
    <message>
        <source>Council preset</source>
        <translation>Rats-Voreinstellung</translation>
    </message>
    <message>
        <source>The council the next run asks: one of your presets, a starter, or the council in Settings</source>
        <translation>Der Rat, den der nächste Lauf befragt: eine Ihrer Voreinstellungen, eine Startvorlage oder der Rat aus den Einstellungen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Which stages run: the answers only, answers and peer review, or the full council with the chairman&apos;s synthesis</source>
        <translation>Welche Phasen laufen: nur die Antworten, Antworten und Peer-Review oder der volle Rat mit der Synthese des Vorsitzes</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>Websuche</translation>
    </message>
    <message>
        <source>Web search for this run</source>
        <translation>Websuche für diesen Lauf</translation>
    </message>
    <message>
        <source>Members search the web where their provider can (OpenRouter&apos;s web plugin); their cited sources are shown under the answer. Costs extra.</source>
        <translation>Mitglieder durchsuchen das Web, wo ihr Anbieter es kann (Web-Plugin von OpenRouter); ihre zitierten Quellen werden unter der Antwort angezeigt. Kostet extra.</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Voreinstellungen…</translation>
    </message>
    <message>
        <source>Manage presets</source>
        <translation>Voreinstellungen verwalten</translation>
    </message>
    <message>
        <source>Save the current council as a preset, rename, delete, edit its prompts, import or export presets</source>
        <translation>Aktuellen Rat als Voreinstellung speichern, umbenennen, löschen, ihre Prompts bearbeiten, Voreinstellungen importieren oder exportieren</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Kostenschätzung</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Rat:</translation>
    </message>
    <message>
        <source>Council members and prices</source>
        <translation>Ratsmitglieder und Preise</translation>
    </message>
    <message>
        <source>Council override</source>
        <translation>Rat überschrieben</translation>
    </message>
    <message>
        <source>End the override</source>
        <translation>Überschreiben beenden</translation>
    </message>
    <message>
        <source>{name} (starter)</source>
        <translation>{name} (Startvorlage)</translation>
    </message>
    <message>
        <source>{council}   (prices in / out per million tokens)</source>
        <translation>{council}   (Preise Ein / Aus pro Million Tokens)</translation>
    </message>
    <message>
        <source>chairman {chairman}: {price}</source>
        <translation>Vorsitz {chairman}: {price}</translation>
    </message>
    <message>
        <source>Using the council of {source} (not {name}).</source>
        <translation>Es wird der Rat von {source} verwendet (nicht {name}).</translation>
    </message>
    <message>
        <source>✕ Back to {name}</source>
        <translation>✕ Zurück zu {name}</translation>
    </message>
    <message>
        <source>Run the next councils with {name} again</source>
        <translation>Die nächsten Räte wieder mit {name} ausführen</translation>
    </message>
</context>
<context>
    <name>CouncilSelection</name>
    <message>
        <source>Full council (answers, review, synthesis)</source>
        <translation>Voller Rat (Antworten, Review, Synthese)</translation>
    </message>
    <message>
        <source>Answers and peer review</source>
        <translation>Antworten und Peer-Review</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>Nur Antworten</translation>
    </message>
    <message>
        <source>preset “{name}”</source>
        <translation>Voreinstellung „{name}“</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>a past run</source>
        <translation>ein früherer Lauf</translation>
    </message>
</context>
<context>
    <name>EstimateLabel</name>
    <message>
        <source>Estimated cost of the next run</source>
        <translation>Geschätzte Kosten des nächsten Laufs</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>Estimated cost: {cost} · ⚠ may pass the budget</source>
        <translation>Geschätzte Kosten: {cost} · ⚠ kann das Budget überschreiten</translation>
    </message>
    <message>
        <source>Your budget per run is {budget}: the run stops before a stage that would pass it.</source>
        <translation>Ihr Budget pro Lauf beträgt {budget}: Der Lauf stoppt vor einer Phase, die es überschreiten würde.</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>Geschätzte Kosten: {cost}</translation>
    </message>
</context>
<context>
    <name>FinalView</name>
    <message>
        <source>by the chairman</source>
        <translation>vom Vorsitz</translation>
    </message>
    <message>
        <source>by a fallback member (the chairman failed)</source>
        <translation>von einem Ersatzmitglied (der Vorsitz ist ausgefallen)</translation>
    </message>
    <message>
        <source>the best-ranked member&apos;s own answer (no synthesis could be written)</source>
        <translation>die eigene Antwort des bestplatzierten Mitglieds (es konnte keine Synthese geschrieben werden)</translation>
    </message>
    <message>
        <source>Ask the council a question: its final answer appears here.</source>
        <translation>Stellen Sie dem Rat eine Frage: Seine endgültige Antwort erscheint hier.</translation>
    </message>
    <message>
        <source>The council is at work. The chairman&apos;s final answer appears here as it is written, after the answers (stage 1) and the peer review (stage 2).</source>
        <translation>Der Rat arbeitet. Die endgültige Antwort des Vorsitzes erscheint hier während des Schreibens, nach den Antworten (Phase 1) und dem Peer-Review (Phase 2).</translation>
    </message>
    <message>
        <source>No final answer: the run failed.</source>
        <translation>Keine endgültige Antwort: Der Lauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No final answer: the run was cancelled.</source>
        <translation>Keine endgültige Antwort: Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No final answer: the run was interrupted.</source>
        <translation>Keine endgültige Antwort: Der Lauf wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Final answer (degraded) — {model}</source>
        <translation>Endgültige Antwort (eingeschränkt) — {model}</translation>
    </message>
    <message>
        <source>Final answer — {model}</source>
        <translation>Endgültige Antwort — {model}</translation>
    </message>
    <message>
        <source>Final answer (degraded)</source>
        <translation>Endgültige Antwort (eingeschränkt)</translation>
    </message>
    <message>
        <source>Final answer</source>
        <translation>Endgültige Antwort</translation>
    </message>
    <message>
        <source>by the chairman {model}</source>
        <translation>vom Vorsitz {model}</translation>
    </message>
    <message>
        <source>Final answer heading</source>
        <translation>Überschrift der endgültigen Antwort</translation>
    </message>
    <message>
        <source>Final answer notice</source>
        <translation>Hinweis zur endgültigen Antwort</translation>
    </message>
    <message>
        <source>the final answer</source>
        <translation>die endgültige Antwort</translation>
    </message>
    <message>
        <source>Copy final answer</source>
        <translation>Endgültige Antwort kopieren</translation>
    </message>
    <message>
        <source>Final answer status</source>
        <translation>Status der endgültigen Antwort</translation>
    </message>
    <message>
        <source>Degraded: {reasons}.</source>
        <translation>Eingeschränkt: {reasons}.</translation>
    </message>
    <message>
        <source>This run asked for the answers and their peer review only: no final answer is written.</source>
        <translation>Dieser Lauf hat nur die Antworten und ihr Peer-Review angefordert: Es wird keine endgültige Antwort geschrieben.</translation>
    </message>
    <message>
        <source>This run asked for the answers only: no final answer is written.</source>
        <translation>Dieser Lauf hat nur die Antworten angefordert: Es wird keine endgültige Antwort geschrieben.</translation>
    </message>
    <message>
        <source>⚠ {model} stopped ({reason}); {writer} writes instead.</source>
        <translation>⚠ {model} wurde angehalten ({reason}); stattdessen schreibt {writer}.</translation>
    </message>
    <message>
        <source>the chairman {model} · {detail}</source>
        <translation>der Vorsitz {model} · {detail}</translation>
    </message>
    <message>
        <source>a fallback member {model} · {detail}</source>
        <translation>ein Ersatzmitglied {model} · {detail}</translation>
    </message>
    <message>
        <source>No final answer.</source>
        <translation>Keine endgültige Antwort.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this answer</source>
        <translation>In dieser Antwort suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Enter, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Next match of Find</source>
        <translation>Nächster Treffer der Suche</translation>
    </message>
    <message>
        <source>Previous match of Find</source>
        <translation>Vorheriger Treffer der Suche</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <source>{total} matches</source>
        <translation>{total} Treffer</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <source>Follow-up</source>
        <translation>Folgefrage</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Nachfragen:</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>Folgefrage</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Ask the whole council instead</source>
        <translation>Stattdessen den ganzen Rat fragen</translation>
    </message>
    <message>
        <source>Ask the whole council instead of one member</source>
        <translation>Den ganzen Rat statt eines Mitglieds fragen</translation>
    </message>
    <message>
        <source>Ask one member…</source>
        <translation>Ein Mitglied fragen…</translation>
    </message>
    <message>
        <source>Choose one member to ask</source>
        <translation>Ein Mitglied zum Fragen auswählen</translation>
    </message>
    <message>
        <source>One member answers with the conversation so far: no review, no synthesis</source>
        <translation>Ein Mitglied antwortet mit der bisherigen Unterhaltung: kein Review, keine Synthese</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Hinweis zur Folgefrage</translation>
    </message>
    <message>
        <source>You can follow up once the council has answered…</source>
        <translation>Nachfragen können Sie, sobald der Rat geantwortet hat …</translation>
    </message>
    <message>
        <source>Ask {model}…</source>
        <translation>{model} fragen…</translation>
    </message>
    <message>
        <source>Ask the council the follow-up question</source>
        <translation>Dem Rat die Folgefrage stellen</translation>
    </message>
    <message>
        <source>The council answers with the conversation so far (Ctrl+Enter)</source>
        <translation>Der Rat antwortet mit der bisherigen Unterhaltung (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ask the council a next question in this conversation (Ctrl+Enter)…</source>
        <translation>Dem Rat eine weitere Frage in dieser Unterhaltung stellen (Ctrl+Enter)…</translation>
    </message>
    <message>
        <source>Ask {model}:</source>
        <translation>{model} fragen:</translation>
    </message>
    <message>
        <source>Ask {model}</source>
        <translation>{model} fragen</translation>
    </message>
    <message>
        <source>Ask {model} alone</source>
        <translation>Nur {model} fragen</translation>
    </message>
    <message>
        <source>{model} alone answers with the conversation so far: no review, no synthesis (Ctrl+Enter)</source>
        <translation>Nur {model} antwortet mit der bisherigen Unterhaltung: kein Review, keine Synthese (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>A question for {model} alone (Ctrl+Enter)…</source>
        <translation>Eine Frage nur für {model} (Ctrl+Enter)…</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>MMM dd HH:mm</source>
        <comment>QLocale date format of a run this year: Nov 20 14:05</comment>
        <translation>dd. MMM HH:mm</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale date format of a month&apos;s group in the history: March 2025</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>{status}, degraded</source>
        <translation>{status}, eingeschränkt</translation>
    </message>
    <message>
        <source>{title}
{when} — {status}
Council: {members}
{tokens} tokens, {cost}</source>
        <translation>{title}
{when} — {status}
Rat: {members}
{tokens} Tokens, {cost}</translation>
    </message>
    <message>
        <source>{title}. {status}. {details}</source>
        <translation>{title}. {status}. {details}</translation>
    </message>
    <message>
        <source>Pinned. {text}</source>
        <translation>Angeheftet. {text}</translation>
    </message>
    <message>
        <source>{group}: {text}</source>
        <translation>{group}: {text}</translation>
    </message>
    <message>
        <source>{n} model</source>
        <translation>{n} Modell</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} Modelle</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Search history (Ctrl+K)</source>
        <translation>Verlauf durchsuchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Shows only runs whose question, answers or final answer contain every word typed here.</source>
        <translation>Zeigt nur Läufe, deren Frage, Antworten oder endgültige Antwort jedes hier eingegebene Wort enthalten.</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>Pinned runs first, then the newest, grouped by date. Enter opens a run, F2 renames it, Delete removes it; the context menu (Menu key) has Ask again, Pin, Export and Rename. Shift or Ctrl with a click or an arrow selects several runs to export or delete together.</source>
        <translation>Angeheftete Läufe zuerst, dann die neuesten, nach Datum gruppiert. Enter öffnet einen Lauf, F2 benennt ihn um, Delete entfernt ihn; das Kontextmenü (Menütaste) enthält Erneut fragen, Anheften, Exportieren und Umbenennen. Shift oder Ctrl mit einem Klick oder einer Pfeiltaste wählt mehrere Läufe aus, um sie zusammen zu exportieren oder zu löschen.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete the selected run from the history (Delete)</source>
        <translation>Den ausgewählten Lauf aus dem Verlauf löschen (Delete)</translation>
    </message>
    <message>
        <source>Rename the selected run (in the history list)</source>
        <translation>Den ausgewählten Lauf umbenennen (in der Verlaufsliste)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Open the selected run (in the history list)</source>
        <translation>Den ausgewählten Lauf öffnen (in der Verlaufsliste)</translation>
    </message>
    <message>
        <source>Delete the selected run, after asking (in the history list)</source>
        <translation>Den ausgewählten Lauf nach Rückfrage löschen (in der Verlaufsliste)</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation>Laufaktionen</translation>
    </message>
    <message>
        <source>Export {n} runs…</source>
        <translation>{n} Läufe exportieren…</translation>
    </message>
    <message>
        <source>Delete {n} runs…</source>
        <translation>{n} Läufe löschen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>Rename…	F2</source>
        <translation>Umbenennen…	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <source>Delete {n} runs from the history? This cannot be undone.</source>
        <translation>{n} Läufe aus dem Verlauf löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete “{title}” from the history? This cannot be undone.</source>
        <translation>„{title}“ aus dem Verlauf löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>No runs match “{search}”.</source>
        <translation>Keine Läufe passen zu „{search}“.</translation>
    </message>
    <message>
        <source>No runs yet: ask the council a question.</source>
        <translation>Noch keine Läufe: Stellen Sie dem Rat eine Frage.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
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
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryRowDelegate</name>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>{n} model</source>
        <translation>{n} Modell</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} Modelle</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>•••••••• saved in the system keyring — type a new key to replace it</source>
        <translation>•••••••• im Schlüsselbund des Systems gespeichert — geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>•••••••• kept for this session only — type a new key to replace it</source>
        <translation>•••••••• nur für diese Sitzung behalten — geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>set by {env} — a key typed here is saved, but {env} wins while it is set</source>
        <translation>durch {env} gesetzt — ein hier eingegebener Schlüssel wird gespeichert, aber {env} hat Vorrang, solange es gesetzt ist</translation>
    </message>
    <message>
        <source>Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter API key (create one at openrouter.ai/keys). Paste it below: it is kept in your system keyring, never in a file. Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.</source>
        <translation>Willkommen bei LLM Council. Der Rat befragt mehrere Modelle über OpenRouter und benötigt daher einen OpenRouter-API-Schlüssel (erstellen Sie einen unter openrouter.ai/keys). Fügen Sie ihn unten ein: Er wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei. Modelle eines lokalen Anbieters (Ollama, LM Studio, llama.cpp) benötigen keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter API key (create one at openrouter.ai/keys). Paste it below: no system keyring was found on this computer, so the key is kept for this session only and never written to a file (set {env} to use a key without a keyring). Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.</source>
        <translation>Willkommen bei LLM Council. Der Rat befragt mehrere Modelle über OpenRouter und benötigt daher einen OpenRouter-API-Schlüssel (erstellen Sie einen unter openrouter.ai/keys). Fügen Sie ihn unten ein: Auf diesem Computer wurde kein Schlüsselbund des Systems gefunden, daher wird der Schlüssel nur für diese Sitzung behalten und nie in eine Datei geschrieben (setzen Sie {env}, um einen Schlüssel ohne Schlüsselbund zu verwenden). Modelle eines lokalen Anbieters (Ollama, LM Studio, llama.cpp) benötigen keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>OpenRouter-API-Schlüssel</translation>
    </message>
    <message>
        <source>Masked. Leave empty to keep the saved key.</source>
        <translation>Maskiert. Leer lassen, um den gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;{url}&quot;&gt;openrouter.ai/keys&lt;/a&gt; (opens your browser).</source>
        <translation>Erstellen Sie einen Schlüssel unter &lt;a href=&quot;{url}&quot;&gt;openrouter.ai/keys&lt;/a&gt; (öffnet Ihren Browser).</translation>
    </message>
    <message>
        <source>Create a key at openrouter.ai/keys</source>
        <translation>Schlüssel unter openrouter.ai/keys erstellen</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <source>Keyring notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <source>Test the OpenRouter key</source>
        <translation>Den OpenRouter-Schlüssel testen</translation>
    </message>
    <message>
        <source>Forget saved key</source>
        <translation>Gespeicherten Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Forget the saved OpenRouter key</source>
        <translation>Den gespeicherten OpenRouter-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Key test result</source>
        <translation>Ergebnis des Schlüsseltests</translation>
    </message>
    <message>
        <source>OpenRouter API key:</source>
        <translation>OpenRouter-API-Schlüssel:</translation>
    </message>
    <message>
        <source>A key is set by the environment variable {env}; it is used instead of a saved one.</source>
        <translation>Ein Schlüssel ist durch die Umgebungsvariable {env} gesetzt; er wird anstelle eines gespeicherten verwendet.</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring (hidden). Type a new one to replace it.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert (verborgen). Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>A key is kept for this session only (hidden): it is not saved.</source>
        <translation>Ein Schlüssel wird nur für diese Sitzung behalten (verborgen): Er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No key is set yet.</source>
        <translation>Noch kein Schlüssel gesetzt.</translation>
    </message>
    <message>
        <source>The saved key will be forgotten when you save.</source>
        <translation>Der gespeicherte Schlüssel wird beim Speichern vergessen.</translation>
    </message>
    <message>
        <source>The key you typed works. Press Save to keep it (kept in the system keyring).</source>
        <translation>Der eingegebene Schlüssel funktioniert. Klicken Sie auf Speichern, um ihn zu behalten (im Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>Press Save to keep the key you typed (kept in the system keyring); Test key checks it first.</source>
        <translation>Klicken Sie auf Speichern, um den eingegebenen Schlüssel zu behalten (im Schlüsselbund des Systems); Schlüssel testen prüft ihn vorher.</translation>
    </message>
    <message>
        <source>The key you typed works. Press Save to keep it (kept for this session only).</source>
        <translation>Der eingegebene Schlüssel funktioniert. Klicken Sie auf Speichern, um ihn zu behalten (nur für diese Sitzung).</translation>
    </message>
    <message>
        <source>Press Save to keep the key you typed (kept for this session only); Test key checks it first.</source>
        <translation>Klicken Sie auf Speichern, um den eingegebenen Schlüssel zu behalten (nur für diese Sitzung); Schlüssel testen prüft ihn vorher.</translation>
    </message>
    <message>
        <source>✗ No key to test: type one first.</source>
        <translation>✗ Kein Schlüssel zum Testen: Geben Sie zuerst einen ein.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Schlüssel wird getestet…</translation>
    </message>
    <message>
        <source>✗ The key check failed: {reason}</source>
        <translation>✗ Die Schlüsselprüfung ist fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>LazyPaneTabs</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>{name}: members</source>
        <translation>{name}: Mitglieder</translation>
    </message>
</context>
<context>
    <name>LineageBar</name>
    <message>
        <source>asked again {models}</source>
        <translation>erneut gefragt: {models}</translation>
    </message>
    <message>
        <source>re-asked reviewers {models}</source>
        <translation>Reviewer erneut gefragt: {models}</translation>
    </message>
    <message>
        <source>re-asked reviewer {models}</source>
        <translation>Reviewer erneut gefragt: {models}</translation>
    </message>
    <message>
        <source>new synthesis by {model}</source>
        <translation>neue Synthese von {model}</translation>
    </message>
    <message>
        <source>‹ the earlier run (deleted)</source>
        <translation>‹ der frühere Lauf (gelöscht)</translation>
    </message>
    <message>
        <source>Open the run this one re-ran</source>
        <translation>Den Lauf öffnen, den dieser erneut ausgeführt hat</translation>
    </message>
    <message>
        <source>Open the run this one follows up</source>
        <translation>Den Lauf öffnen, auf den dieser folgt</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>erneut gefragt</translation>
    </message>
    <message>
        <source>Re-run: {what} — the rest reused from</source>
        <translation>Erneuter Lauf: {what} — der Rest übernommen aus</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Folgefrage zu</translation>
    </message>
    <message>
        <source>re-run: {what} · {date}</source>
        <translation>erneuter Lauf: {what} · {date}</translation>
    </message>
    <message>
        <source>Open this re-run</source>
        <translation>Diesen erneuten Lauf öffnen</translation>
    </message>
    <message>
        <source>follow-up: {title} · {date}</source>
        <translation>Folgefrage: {title} · {date}</translation>
    </message>
    <message>
        <source>Open this follow-up</source>
        <translation>Diese Folgefrage öffnen</translation>
    </message>
    <message>
        <source>Run lineage</source>
        <translation>Herkunft des Laufs</translation>
    </message>
    <message>
        <source>Where this run comes from</source>
        <translation>Woher dieser Lauf stammt</translation>
    </message>
    <message>
        <source>Prompts…</source>
        <translation>Prompts…</translation>
    </message>
    <message>
        <source>Show the prompts this run&apos;s models were given</source>
        <translation>Die Prompts anzeigen, die die Modelle dieses Laufs erhalten haben</translation>
    </message>
    <message>
        <source>The exact prompt templates this run&apos;s models were given</source>
        <translation>Die genauen Prompt-Vorlagen, die die Modelle dieses Laufs erhalten haben</translation>
    </message>
    <message>
        <source>From this run:</source>
        <translation>Aus diesem Lauf:</translation>
    </message>
    <message>
        <source>Conversation · {n} questions</source>
        <translation>Unterhaltung · {n} Fragen</translation>
    </message>
    <message>
        <source>All {n} versions</source>
        <translation>Alle {n} Versionen</translation>
    </message>
    <message>
        <source>Show the whole conversation, each question with its council&apos;s answer</source>
        <translation>Die ganze Unterhaltung anzeigen, jede Frage mit der Antwort ihres Rats</translation>
    </message>
    <message>
        <source>Prompts (edited)…</source>
        <translation>Prompts (bearbeitet)…</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>it is not a complete web address</source>
        <translation>es ist keine vollständige Webadresse</translation>
    </message>
    <message>
        <source>the web address has no host</source>
        <translation>die Webadresse hat keinen Host</translation>
    </message>
    <message>
        <source>“{scheme}:” links can open files or run programs on this computer</source>
        <translation>„{scheme}:“-Links können Dateien öffnen oder Programme auf diesem Computer ausführen</translation>
    </message>
    <message>
        <source>Write an email with your mail program?

To: {host}

{url}</source>
        <translation>Eine E-Mail mit Ihrem Mailprogramm schreiben?

An: {host}

{url}</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

Site: {host}

{url}</source>
        <translation>Diesen Link in Ihrem Webbrowser öffnen?

Website: {host}

{url}</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>This link was not opened: {reason}. Only web (http, https) and email (mailto) links are opened from an answer.

{url}</source>
        <translation>Dieser Link wurde nicht geöffnet: {reason}. Aus einer Antwort werden nur Web-Links (http, https) und E-Mail-Links (mailto) geöffnet.

{url}</translation>
    </message>
</context>
<context>
    <name>LiveRunBar</name>
    <message>
        <source>You are looking at a past run. The council you started goes on: {stage}.</source>
        <translation>Sie sehen einen früheren Lauf. Der von Ihnen gestartete Rat läuft weiter: {stage}.</translation>
    </message>
    <message>
        <source>You are looking at a past run. The run you started has ended: {stage}.</source>
        <translation>Sie sehen einen früheren Lauf. Der von Ihnen gestartete Lauf ist beendet: {stage}.</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Aktueller Lauf</translation>
    </message>
    <message>
        <source>Back to the live run</source>
        <translation>Zurück zum aktuellen Lauf</translation>
    </message>
    <message>
        <source>Show the run you started</source>
        <translation>Den von Ihnen gestarteten Lauf anzeigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Running the council…  (Esc cancels)</source>
        <translation>Der Rat läuft…  (Esc bricht ab)</translation>
    </message>
    <message>
        <source>{problem}. Using the default settings; saving will replace the file.</source>
        <translation>{problem}. Es werden die Standardeinstellungen verwendet; beim Speichern wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Run the council</source>
        <translation>Den Rat starten</translation>
    </message>
    <message>
        <source>Run the council (Ctrl+Enter)</source>
        <translation>Den Rat starten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Key, council members, providers, timeouts (Ctrl+,)</source>
        <translation>Schlüssel, Ratsmitglieder, Anbieter, Zeitlimits (Ctrl+,)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <source>&amp;New question:</source>
        <translation>&amp;Neue Frage:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation>&amp;Rat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings (key, council, providers, timeouts)</source>
        <translation>Einstellungen (Schlüssel, Rat, Anbieter, Zeitlimits)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit (a running council is cancelled first)</source>
        <translation>Beenden (ein laufender Rat wird zuerst abgebrochen)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Run the council on the prompt</source>
        <translation>Den Rat mit dem Prompt starten</translation>
    </message>
    <message>
        <source>Run (a council is already running)</source>
        <translation>Starten (ein Rat läuft bereits)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running council</source>
        <translation>Den laufenden Rat abbrechen</translation>
    </message>
    <message>
        <source>Synthesize &amp;now</source>
        <translation>&amp;Jetzt synthetisieren</translation>
    </message>
    <message>
        <source>End this stage with the members that have finished; the council goes on</source>
        <translation>Diese Phase mit den Mitgliedern beenden, die fertig sind; der Rat läuft weiter</translation>
    </message>
    <message>
        <source>Synthesize now: end the current stage with the members that have finished</source>
        <translation>Jetzt synthetisieren: die aktuelle Phase mit den Mitgliedern beenden, die fertig sind</translation>
    </message>
    <message>
        <source>S&amp;kip selected model</source>
        <translation>Ausgewähltes Modell &amp;überspringen</translation>
    </message>
    <message>
        <source>&amp;Focus prompt</source>
        <translation>&amp;Prompt fokussieren</translation>
    </message>
    <message>
        <source>Focus the prompt</source>
        <translation>Den Prompt fokussieren</translation>
    </message>
    <message>
        <source>&amp;Final answer</source>
        <translation>&amp;Endgültige Antwort</translation>
    </message>
    <message>
        <source>Show the final answer</source>
        <translation>Die endgültige Antwort anzeigen</translation>
    </message>
    <message>
        <source>&amp;Answers (stage 1)</source>
        <translation>&amp;Antworten (Phase 1)</translation>
    </message>
    <message>
        <source>Show the answers (stage 1)</source>
        <translation>Die Antworten anzeigen (Phase 1)</translation>
    </message>
    <message>
        <source>&amp;Peer review (stage 2)</source>
        <translation>&amp;Peer-Review (Phase 2)</translation>
    </message>
    <message>
        <source>Show the peer review (stage 2)</source>
        <translation>Das Peer-Review anzeigen (Phase 2)</translation>
    </message>
    <message>
        <source>&amp;Copy final answer</source>
        <translation>Endgültige Antwort &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the final answer</source>
        <translation>Die endgültige Antwort kopieren</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Show or hide the history</source>
        <translation>Den Verlauf ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Back to the &amp;live run</source>
        <translation>Zurück zum aktuellen &amp;Lauf</translation>
    </message>
    <message>
        <source>Back to the live run (while looking at a past run)</source>
        <translation>Zurück zum aktuellen Lauf (beim Ansehen eines früheren Laufs)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Local council: no OpenRouter key needed</source>
        <translation>Lokaler Rat: kein OpenRouter-Schlüssel nötig</translation>
    </message>
    <message>
        <source>OpenRouter key: from {env}</source>
        <translation>OpenRouter-Schlüssel: aus {env}</translation>
    </message>
    <message>
        <source>OpenRouter key: in the system keyring</source>
        <translation>OpenRouter-Schlüssel: im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>OpenRouter key: this session only (not saved)</source>
        <translation>OpenRouter-Schlüssel: nur diese Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <source>No OpenRouter key — open Settings</source>
        <translation>Kein OpenRouter-Schlüssel — Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): {ids}. The council runs anyway.</source>
        <translation>Nicht in der Modellliste von OpenRouter (eingestellt oder vertippt?): {ids}. Der Rat läuft trotzdem.</translation>
    </message>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>Schlüssel unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>This council sends an API key over plain http:// (not encrypted) to another machine:

{where}

Anyone on the networks in between could read the key. Use an https:// address if the server has one. Send it anyway for this session?</source>
        <translation>Dieser Rat sendet einen API-Schlüssel über einfaches http:// (nicht verschlüsselt) an einen anderen Rechner:

{where}

Jeder in den Netzen dazwischen könnte den Schlüssel lesen. Verwenden Sie eine https://-Adresse, falls der Server eine hat. Trotzdem für diese Sitzung senden?</translation>
    </message>
    <message>
        <source>No OpenRouter API key yet: add one in Settings (or set {env}).</source>
        <translation>Noch kein OpenRouter-API-Schlüssel: Fügen Sie einen in den Einstellungen hinzu (oder setzen Sie {env}).</translation>
    </message>
    <message>
        <source>The council cannot start.</source>
        <translation>Der Rat kann nicht starten.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Ending this stage with the members that have finished…</source>
        <translation>Diese Phase wird mit den Mitgliedern beendet, die fertig sind…</translation>
    </message>
    <message>
        <source>Nothing to end early: no member has finished this stage yet, or every member has.</source>
        <translation>Nichts vorzeitig zu beenden: Noch kein Mitglied hat diese Phase abgeschlossen, oder alle haben es.</translation>
    </message>
    <message>
        <source>Skipping {model}…</source>
        <translation>{model} wird übersprungen…</translation>
    </message>
    <message>
        <source>{model} is not running.</source>
        <translation>{model} läuft nicht.</translation>
    </message>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): {ids}. Check Settings → Council.</source>
        <translation>Nicht in der Modellliste von OpenRouter (eingestellt oder vertippt?): {ids}. Prüfen Sie Einstellungen → Rat.</translation>
    </message>
    <message>
        <source>Run complete.</source>
        <translation>Lauf abgeschlossen.</translation>
    </message>
    <message>
        <source>Run failed.</source>
        <translation>Lauf fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Lauf abgebrochen.</translation>
    </message>
    <message>
        <source>Run interrupted.</source>
        <translation>Lauf unterbrochen.</translation>
    </message>
    <message>
        <source>Run {status}.</source>
        <translation>Lauf {status}.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>{app} {version}

One question to a council of LLMs: independent answers, anonymous peer review, and a chairman&apos;s synthesis — live.</source>
        <translation>{app} {version}

Eine Frage an einen Rat von LLMs: unabhängige Antworten, anonymes Peer-Review und eine Synthese des Vorsitzes — live.</translation>
    </message>
    <message>
        <source>This run cannot be opened: {error}</source>
        <translation>Dieser Lauf kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>This run is no longer in the history.</source>
        <translation>Dieser Lauf ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Asking again with that run&apos;s council: {members} (chairman {chairman}). The council bar&apos;s ✕ goes back to {base}.</source>
        <translation>Erneut fragen mit dem Rat dieses Laufs: {members} (Vorsitz {chairman}). Das ✕ in der Ratsleiste führt zurück zu {base}.</translation>
    </message>
    <message>
        <source>These runs cannot be exported: {error}</source>
        <translation>Diese Läufe können nicht exportiert werden: {error}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the run on screen (or the runs selected in the history) to a file</source>
        <translation>Den angezeigten Lauf (oder die im Verlauf ausgewählten Läufe) in einer Datei speichern</translation>
    </message>
    <message>
        <source>Export the run on screen, or the runs selected in the history</source>
        <translation>Den angezeigten Lauf oder die im Verlauf ausgewählten Läufe exportieren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add runs from a JSON export to the history (or drop the file here)</source>
        <translation>Läufe aus einem JSON-Export zum Verlauf hinzufügen (oder die Datei hier ablegen)</translation>
    </message>
    <message>
        <source>Import runs from a JSON export</source>
        <translation>Läufe aus einem JSON-Export importieren</translation>
    </message>
    <message>
        <source>Nothing to export yet: run the council, or open a run from the history.</source>
        <translation>Noch nichts zu exportieren: Starten Sie den Rat oder öffnen Sie einen Lauf aus dem Verlauf.</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {reason}.</source>
        <translation>Der Export konnte nicht nach {path} geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The run was exported to {path}.</source>
        <translation>Der Lauf wurde nach {path} exportiert.</translation>
    </message>
    <message>
        <source>{n} runs were exported to {path}.</source>
        <translation>{n} Läufe wurden nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <source>JSON exports (*.json)</source>
        <translation>JSON-Exporte (*.json)</translation>
    </message>
    <message>
        <source>Runs cannot be imported: the history is not available in this session.</source>
        <translation>Läufe können nicht importiert werden: Der Verlauf ist in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Find in answer…</source>
        <translation>In Antwort &amp;suchen…</translation>
    </message>
    <message>
        <source>Find in the answer on screen</source>
        <translation>In der angezeigten Antwort suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger answer text</source>
        <translation>Größerer Antworttext</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verklei&amp;nern</translation>
    </message>
    <message>
        <source>Smaller answer text</source>
        <translation>Kleinerer Antworttext</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Answer text at its normal size</source>
        <translation>Antworttext in normaler Größe</translation>
    </message>
    <message>
        <source>&amp;Actual size (now {percent} %)</source>
        <translation>&amp;Originalgröße (jetzt {percent} %)</translation>
    </message>
    <message>
        <source>Copied the code.</source>
        <translation>Code kopiert.</translation>
    </message>
    <message>
        <source>Copied the final answer: pasted as text it is Markdown, in a word processor it keeps its formatting.</source>
        <translation>Endgültige Antwort kopiert: Als Text eingefügt ist sie Markdown, in einer Textverarbeitung behält sie ihre Formatierung.</translation>
    </message>
    <message>
        <source>The question is in the prompt box: change it and press Ctrl+Enter.</source>
        <translation>Die Frage steht im Prompt-Feld: Ändern Sie sie und drücken Sie Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel the run (Esc)</source>
        <translation>Den Lauf abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>MarkdownPane</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Kopiert</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} Bilder</translation>
    </message>
    <message>
        <source>a line of {size}</source>
        <translation>eine Zeile von {size}</translation>
    </message>
    <message>
        <source>lists or quotes nested {n} deep on one line</source>
        <translation>Listen oder Zitate, {n} Ebenen tief in einer Zeile verschachtelt</translation>
    </message>
    <message>
        <source>a paragraph of {size}</source>
        <translation>ein Absatz von {size}</translation>
    </message>
    <message>
        <source>tables with more than {n} cells</source>
        <translation>Tabellen mit mehr als {n} Zellen</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} Zeichen</translation>
    </message>
    <message>
        <source>Shown as plain text: the answer is too large to format ({reason}).</source>
        <translation>Als reiner Text angezeigt: Die Antwort ist zu groß zum Formatieren ({reason}).</translation>
    </message>
    <message>
        <source>{name} details</source>
        <translation>Details zu {name}</translation>
    </message>
    <message>
        <source>{name} format note</source>
        <translation>Formathinweis zu {name}</translation>
    </message>
    <message>
        <source>Copy {name}</source>
        <translation>{name} kopieren</translation>
    </message>
    <message>
        <source>Copy {name} to the clipboard (as Markdown)</source>
        <translation>{name} in die Zwischenablage kopieren (als Markdown)</translation>
    </message>
    <message>
        <source>✓ Code copied</source>
        <translation>✓ Code kopiert</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>1 table too large to format shown as aligned text.</source>
        <translation>1 Tabelle, zu groß zum Formatieren, als ausgerichteter Text angezeigt.</translation>
    </message>
    <message>
        <source>{n} tables too large to format shown as aligned text.</source>
        <translation>{n} Tabellen, zu groß zum Formatieren, als ausgerichteter Text angezeigt.</translation>
    </message>
</context>
<context>
    <name>MemberPane</name>
    <message>
        <source>{model} gave no answer: {reason}.</source>
        <translation>{model} hat keine Antwort gegeben: {reason}.</translation>
    </message>
    <message>
        <source>{model} gave no review: {reason}.</source>
        <translation>{model} hat kein Review abgegeben: {reason}.</translation>
    </message>
    <message>
        <source>{model} gave no synthesis: {reason}.</source>
        <translation>{model} hat keine Synthese geliefert: {reason}.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Noch nicht gestartet.</translation>
    </message>
    <message>
        <source>Queued at its provider…</source>
        <translation>Beim Anbieter in der Warteschlange…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation>Warten auf die ersten Worte…</translation>
    </message>
    <message>
        <source>{name}: partial text</source>
        <translation>{name}: Teiltext</translation>
    </message>
    <message>
        <source>Show {name}: reasoning</source>
        <translation>{name} anzeigen: Denkprozess</translation>
    </message>
    <message>
        <source>{name}: reasoning</source>
        <translation>{name}: Denkprozess</translation>
    </message>
    <message>
        <source>{glyph} {mark}. This is what it wrote before it stopped.</source>
        <translation>{glyph} {mark}. Das hat das Modell geschrieben, bevor es angehalten hat.</translation>
    </message>
    <message>
        <source>What you can do: {remedy}</source>
        <translation>Was Sie tun können: {remedy}</translation>
    </message>
    <message>
        <source>{model} gave no {noun}: {reason}.</source>
        <translation>{model} hat kein Ergebnis geliefert ({noun}): {reason}.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>Reasoning · {count} token</source>
        <translation>Denkprozess · {count} Token</translation>
    </message>
    <message>
        <source>Reasoning · {count} tokens</source>
        <translation>Denkprozess · {count} Tokens</translation>
    </message>
    <message>
        <source>Hide {name}: reasoning</source>
        <translation>{name} ausblenden: Denkprozess</translation>
    </message>
</context>
<context>
    <name>MemberTabs</name>
    <message>
        <source>{model}&apos;s answer</source>
        <extracomment>A member&apos;s page is built ahead (see :meth:`MemberTabs.prepare_spare`), and again this long after it was taken, in a turn of its own: a run&apos;s start then shows its first page without building it (~8 ms in the pass that also adds 16 rows).</extracomment>
        <translation>Antwort von {model}</translation>
    </message>
    <message>
        <source>{model}&apos;s review</source>
        <translation>Review von {model}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): </source>
        <translation>Nicht in der Modellliste von OpenRouter (eingestellt oder vertippt?): </translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Ratsmitglieder</translation>
    </message>
    <message>
        <source>The models that answer, review each other and are ranked.</source>
        <translation>Die Modelle, die antworten, einander bewerten und eingestuft werden.</translation>
    </message>
    <message>
        <source>vendor/model or model@provider</source>
        <translation>hersteller/modell oder modell@anbieter</translation>
    </message>
    <message>
        <source>Model id to add</source>
        <translation>Hinzuzufügende Modell-ID</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the typed model id</source>
        <translation>Die eingegebene Modell-ID hinzufügen</translation>
    </message>
    <message>
        <source>Pick from OpenRouter…</source>
        <translation>Aus OpenRouter wählen…</translation>
    </message>
    <message>
        <source>Pick members from OpenRouter&apos;s model list</source>
        <translation>Mitglieder aus der Modellliste von OpenRouter wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Das ausgewählte Mitglied entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected member up</source>
        <translation>Das ausgewählte Mitglied nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected member down</source>
        <translation>Das ausgewählte Mitglied nach unten verschieben</translation>
    </message>
    <message>
        <source>Chairman model</source>
        <translation>Vorsitz-Modell</translation>
    </message>
    <message>
        <source>Any model id, a member or not; typed or picked from OpenRouter&apos;s list.</source>
        <translation>Jede Modell-ID, ob Mitglied oder nicht; eingegeben oder aus der Liste von OpenRouter gewählt.</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Pick the chairman from OpenRouter&apos;s model list</source>
        <translation>Den Vorsitz aus der Modellliste von OpenRouter wählen</translation>
    </message>
    <message>
        <source>Pick the chairman from OpenRouter&apos;s model list (any model, not only a member)</source>
        <translation>Den Vorsitz aus der Modellliste von OpenRouter wählen (jedes Modell, nicht nur ein Mitglied)</translation>
    </message>
    <message>
        <source>Chairman check</source>
        <translation>Vorsitz-Prüfung</translation>
    </message>
    <message>
        <source>Unknown model ids</source>
        <translation>Unbekannte Modell-IDs</translation>
    </message>
    <message>
        <source>&amp;Chairman:</source>
        <translation>&amp;Vorsitz:</translation>
    </message>
    <message>
        <source>Members answer in stage 1 and review each other in stage 2; the chairman — any model, a member or not — writes the final answer. Use model@provider for a model served by an extra provider.</source>
        <translation>Mitglieder antworten in Phase 1 und bewerten einander in Phase 2; der Vorsitz — jedes Modell, ob Mitglied oder nicht — schreibt die endgültige Antwort. Verwenden Sie modell@anbieter für ein Modell eines zusätzlichen Anbieters.</translation>
    </message>
    <message>
        <source>Pick the chairman</source>
        <translation>Den Vorsitz wählen</translation>
    </message>
    <message>
        <source>⚠ {model}  (not in OpenRouter&apos;s list)</source>
        <translation>⚠ {model}  (nicht in der Liste von OpenRouter)</translation>
    </message>
    <message>
        <source>{model} is not in OpenRouter&apos;s model list: it may be retired or mistyped.</source>
        <translation>{model} ist nicht in der Modellliste von OpenRouter: Es ist vielleicht eingestellt oder vertippt.</translation>
    </message>
    <message>
        <source>⚠ not in OpenRouter&apos;s list</source>
        <translation>⚠ nicht in der Liste von OpenRouter</translation>
    </message>
    <message>
        <source>{model} (chairman)</source>
        <translation>{model} (Vorsitz)</translation>
    </message>
    <message>
        <source>Model ids are checked once OpenRouter&apos;s model list has been fetched (the app fetches it at start when online; or Pick from OpenRouter… → Refresh).</source>
        <translation>Modell-IDs werden geprüft, sobald die Modellliste von OpenRouter abgerufen wurde (die App ruft sie beim Start ab, wenn sie online ist; oder Aus OpenRouter wählen… → Aktualisieren).</translation>
    </message>
</context>
<context>
    <name>ModelChoiceDialog</name>
    <message>
        <source>Model choice problem</source>
        <translation>Problem bei der Modellwahl</translation>
    </message>
    <message>
        <source>Type a model id (vendor/model, or model@provider).</source>
        <translation>Geben Sie eine Modell-ID ein (hersteller/modell oder modell@anbieter).</translation>
    </message>
    <message>
        <source>{model} is already in this council.</source>
        <translation>{model} ist bereits in diesem Rat.</translation>
    </message>
</context>
<context>
    <name>ModelListView</name>
    <message>
        <source>Council members</source>
        <translation>Ratsmitglieder</translation>
    </message>
    <message>
        <source>One row per model in the current stage, with its status in words. Enter opens a model&apos;s text; Delete or the context menu skips a running model.</source>
        <translation>Eine Zeile pro Modell in der aktuellen Phase, mit seinem Status in Worten. Enter öffnet den Text eines Modells; Delete oder das Kontextmenü überspringt ein laufendes Modell.</translation>
    </message>
    <message>
        <source>Skip the selected model while it runs (in the model list)</source>
        <translation>Das ausgewählte Modell überspringen, während es läuft (in der Modellliste)</translation>
    </message>
    <message>
        <source>Open that model&apos;s answer (on a row of the model list, after stage 1)</source>
        <translation>Die Antwort dieses Modells öffnen (auf einer Zeile der Modellliste, nach Phase 1)</translation>
    </message>
    <message>
        <source>Skip {model}</source>
        <translation>{model} überspringen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Copy model id</source>
        <translation>Modell-ID kopieren</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation>Ein $/M</translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation>Aus $/M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Your favourites (Ctrl+D stars the selected models): listed first; “Favourites only” shows just them</source>
        <translation>Ihre Favoriten (Ctrl+D markiert die ausgewählten Modelle mit Stern): zuerst aufgeführt; „Nur Favoriten“ zeigt nur sie</translation>
    </message>
    <message>
        <source>The model&apos;s name on OpenRouter</source>
        <translation>Der Name des Modells bei OpenRouter</translation>
    </message>
    <message>
        <source>The id the council uses</source>
        <translation>Die ID, die der Rat verwendet</translation>
    </message>
    <message>
        <source>Price per million tokens of the question (what the model reads)</source>
        <translation>Preis pro Million Tokens der Frage (was das Modell liest)</translation>
    </message>
    <message>
        <source>Price per million tokens of the answer (what the model writes)</source>
        <translation>Preis pro Million Tokens der Antwort (was das Modell schreibt)</translation>
    </message>
    <message>
        <source>How many tokens the model can read and write in one request</source>
        <translation>Wie viele Tokens das Modell in einer Anfrage lesen und schreiben kann</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>in {prompt} / out {completion} per 1M tokens</source>
        <translation>ein {prompt} / aus {completion} pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>{tokens} context</source>
        <translation>{tokens} Kontext</translation>
    </message>
    <message>
        <source>Pick models</source>
        <translation>Modelle wählen</translation>
    </message>
    <message>
        <source>Pick a model</source>
        <translation>Ein Modell wählen</translation>
    </message>
    <message>
        <source>Filter by name or id…</source>
        <translation>Nach Name oder ID filtern…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>Nur &amp;Favoriten</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>Nur Favoriten anzeigen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it (price, context, …).</source>
        <translation>Klicken Sie auf eine Spaltenüberschrift, um danach zu sortieren (Preis, Kontext, …).</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>Star or unstar the selected models as favourites</source>
        <translation>Die ausgewählten Modelle als Favoriten markieren oder die Markierung entfernen</translation>
    </message>
    <message>
        <source>Star or unstar the selected models (Ctrl+D)</source>
        <translation>Die ausgewählten Modelle mit Stern markieren oder die Markierung entfernen (Ctrl+D)</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>Status der Modellliste</translation>
    </message>
    <message>
        <source>Refresh from OpenRouter</source>
        <translation>Von OpenRouter aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the model list from OpenRouter</source>
        <translation>Die Modellliste von OpenRouter aktualisieren</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>No model list yet: press Refresh (needs the network).</source>
        <translation>Noch keine Modellliste: Klicken Sie auf Aktualisieren (benötigt das Netzwerk).</translation>
    </message>
    <message>
        <source>{n} model, list from {when}.</source>
        <translation>{n} Modell, Liste vom {when}.</translation>
    </message>
    <message>
        <source>{n} models, list from {when}.</source>
        <translation>{n} Modelle, Liste vom {when}.</translation>
    </message>
    <message>
        <source>The model list is not available offline yet.</source>
        <translation>Die Modellliste ist offline noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Modellliste wird abgerufen…</translation>
    </message>
    <message>
        <source>{n} model, fetched just now (cached for offline use).</source>
        <translation>{n} Modell, gerade abgerufen (für die Offline-Nutzung zwischengespeichert).</translation>
    </message>
    <message>
        <source>{n} models, fetched just now (cached for offline use).</source>
        <translation>{n} Modelle, gerade abgerufen (für die Offline-Nutzung zwischengespeichert).</translation>
    </message>
    <message>
        <source>The model list could not be fetched: {reason}</source>
        <translation>Die Modellliste konnte nicht abgerufen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelRowDelegate</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>OpenRouterService</name>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Key “{label}” works</source>
        <translation>Schlüssel „{label}“ funktioniert</translation>
    </message>
    <message>
        <source>{remaining} of {limit} left</source>
        <translation>{remaining} von {limit} übrig</translation>
    </message>
    <message>
        <source>{remaining} left</source>
        <translation>{remaining} übrig</translation>
    </message>
    <message>
        <source>no credit limit on this key</source>
        <translation>kein Guthabenlimit für diesen Schlüssel</translation>
    </message>
    <message>
        <source>{usage} used</source>
        <translation>{usage} verbraucht</translation>
    </message>
    <message>
        <source>free tier</source>
        <translation>kostenlose Stufe</translation>
    </message>
    <message>
        <source>No network client is available.</source>
        <translation>Kein Netzwerk-Client verfügbar.</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>review temperature</source>
        <translation>Review-Temperatur</translation>
    </message>
    <message>
        <source>chairman temperature</source>
        <translation>Vorsitz-Temperatur</translation>
    </message>
    <message>
        <source>first token timeout</source>
        <translation>Zeitlimit erstes Token</translation>
    </message>
    <message>
        <source>total timeout</source>
        <translation>Gesamtzeitlimit</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>max. Tokens</translation>
    </message>
    <message>
        <source>Council presets</source>
        <translation>Rat-Voreinstellungen</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>Preset details</source>
        <translation>Details der Voreinstellung</translation>
    </message>
    <message>
        <source>Presets status</source>
        <translation>Status der Voreinstellungen</translation>
    </message>
    <message>
        <source>Save current council as…</source>
        <translation>Aktuellen Rat speichern als…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit prompts…</source>
        <translation>Prompts bearbeiten…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Save the council in force as a new preset</source>
        <translation>Den aktuellen Rat als neue Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Rename the selected preset</source>
        <translation>Ausgewählte Voreinstellung umbenennen</translation>
    </message>
    <message>
        <source>Delete the selected preset</source>
        <translation>Ausgewählte Voreinstellung löschen</translation>
    </message>
    <message>
        <source>Edit the selected preset&apos;s prompts</source>
        <translation>Prompts der ausgewählten Voreinstellung bearbeiten</translation>
    </message>
    <message>
        <source>Export presets to a JSON file (no keys)</source>
        <translation>Voreinstellungen in eine JSON-Datei exportieren (ohne Schlüssel)</translation>
    </message>
    <message>
        <source>Import presets from a JSON file</source>
        <translation>Voreinstellungen aus einer JSON-Datei importieren</translation>
    </message>
    <message>
        <source>{name}  (starter)</source>
        <translation>{name}  (Vorlage)</translation>
    </message>
    <message>
        <source>{name} — a starter shipped with the app</source>
        <translation>{name} — eine mit der App ausgelieferte Vorlage</translation>
    </message>
    <message>
        <source>Members: {members}</source>
        <translation>Mitglieder: {members}</translation>
    </message>
    <message>
        <source>Chairman: {chairman}</source>
        <translation>Vorsitz: {chairman}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>Own settings: {settings}</source>
        <translation>Eigene Einstellungen: {settings}</translation>
    </message>
    <message>
        <source>Prompts: the defaults</source>
        <translation>Prompts: Standard</translation>
    </message>
    <message>
        <source>Prompts: edited</source>
        <translation>Prompts: bearbeitet</translation>
    </message>
    <message>
        <source>✗ Not saved: {reason}</source>
        <translation>✗ Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Eine Voreinstellung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A preset&apos;s name is one line of at most 80 characters.</source>
        <translation>Der Name einer Voreinstellung ist eine Zeile mit höchstens 80 Zeichen.</translation>
    </message>
    <message>
        <source>There is already a preset named “{name}”.</source>
        <translation>Es gibt bereits eine Voreinstellung namens „{name}“.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>✗ Only your own presets can be renamed.</source>
        <translation>✗ Nur eigene Voreinstellungen können umbenannt werden.</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>Umbenannt in „{name}“.</translation>
    </message>
    <message>
        <source>✗ Starters cannot be deleted.</source>
        <translation>✗ Vorlagen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Deleted “{name}” (the starter of that name is back).</source>
        <translation>„{name}“ gelöscht (die gleichnamige Vorlage ist wieder da).</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Prompts of “{name}” saved.</source>
        <translation>Prompts von „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>✗ Cannot write {path}: {reason}</source>
        <translation>✗ {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} preset to {file}.</source>
        <translation>{n} Voreinstellung nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Exported {n} presets to {file}.</source>
        <translation>{n} Voreinstellungen nach {file} exportiert.</translation>
    </message>
    <message>
        <source>the file is too large to be a presets file</source>
        <translation>die Datei ist zu groß für eine Voreinstellungsdatei</translation>
    </message>
    <message>
        <source>✗ {file} cannot be imported: {reason}</source>
        <translation>✗ {file} kann nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>Imported: {names}</source>
        <translation>Importiert: {names}</translation>
    </message>
    <message>
        <source>Save council as preset</source>
        <translation>Rat als Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>Name der neuen Voreinstellung:</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Voreinstellung umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Voreinstellung löschen</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>Die Voreinstellung „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Prompts of “{name}”</source>
        <translation>Prompts von „{name}“</translation>
    </message>
    <message>
        <source>Export presets</source>
        <translation>Voreinstellungen exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Voreinstellungen importieren</translation>
    </message>
</context>
<context>
    <name>PromptBox</name>
    <message>
        <source>Ask the council a new question…  (Ctrl+Enter runs it, Esc cancels)</source>
        <translation>Dem Rat eine neue Frage stellen…  (Strg+Eingabe startet, Esc bricht ab)</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>A new question for the council; the question of the run on screen is shown above its results. Ctrl+Enter runs the council.</source>
        <translation>Eine neue Frage für den Rat; die Frage des angezeigten Laufs steht über seinen Ergebnissen. Strg+Eingabe startet den Rat.</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Answers (system prompt)</source>
        <translation>Antworten (System-Prompt)</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Peer-Review</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Sent as the system message before each member&apos;s question (stage 1). Empty: no system message.</source>
        <translation>Wird vor der Frage jedes Mitglieds als Systemnachricht gesendet (Phase 1). Leer: keine Systemnachricht.</translation>
    </message>
    <message>
        <source>Sent to each reviewer with the other answers, anonymized (stage 2). It must ask for a section that starts with FINAL RANKING: — the ranking is read from it.</source>
        <translation>Wird mit den anderen Antworten, anonymisiert, an jedes prüfende Mitglied gesendet (Phase 2). Er muss einen Abschnitt verlangen, der mit FINAL RANKING: beginnt — daraus wird das Ranking gelesen.</translation>
    </message>
    <message>
        <source>Sent to the chairman with every answer, the reviews and the aggregate ranking (stage 3).</source>
        <translation>Wird mit allen Antworten, den Reviews und dem Gesamtranking an den Vorsitz gesendet (Phase 3).</translation>
    </message>
    <message>
        <source>No variables: the text is sent as it is.</source>
        <translation>Keine Variablen: Der Text wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>Variables (write $$ for a dollar sign):
{variables}</source>
        <translation>Variablen ($$ für ein Dollarzeichen schreiben):
{variables}</translation>
    </message>
    <message>
        <source>Prompts note</source>
        <translation>Hinweis zu Prompts</translation>
    </message>
    <message>
        <source>These are the default prompts.</source>
        <translation>Dies sind die Standard-Prompts.</translation>
    </message>
    <message>
        <source>The prompts this run&apos;s models were given (edited from the defaults).</source>
        <translation>Die Prompts, die die Modelle dieses Laufs erhalten haben (gegenüber dem Standard bearbeitet).</translation>
    </message>
    <message>
        <source>⚠ Check: {prompts}. Saving keeps them as they are. </source>
        <translation>⚠ Prüfen: {prompts}. Beim Speichern bleiben sie unverändert. </translation>
    </message>
</context>
<context>
    <name>PromptPage</name>
    <message>
        <source>{title} prompt</source>
        <translation>{title}-Prompt</translation>
    </message>
    <message>
        <source>{title} variables</source>
        <translation>{title}-Variablen</translation>
    </message>
    <message>
        <source>{title} prompt problems</source>
        <translation>Probleme im {title}-Prompt</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the {title} prompt to the default</source>
        <translation>Den {title}-Prompt auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <source>{title} preview: the exact messages sent</source>
        <translation>{title}-Vorschau: die exakt gesendeten Nachrichten</translation>
    </message>
    <message>
        <source>Preview — the messages sent for a sample question and answers:</source>
        <translation>Vorschau — die für eine Beispielfrage und -antworten gesendeten Nachrichten:</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Anderer OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp-Server</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>Max. gleichzeitig</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Extra providers</source>
        <translation>Weitere Anbieter</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Einen Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Ausgewählten Anbieter entfernen</translation>
    </message>
    <message>
        <source>API key for the selected provider (optional)</source>
        <translation>API-Schlüssel für den ausgewählten Anbieter (optional)</translation>
    </message>
    <message>
        <source>API key for the selected provider</source>
        <translation>API-Schlüssel für den ausgewählten Anbieter</translation>
    </message>
    <message>
        <source>Set key</source>
        <translation>Schlüssel setzen</translation>
    </message>
    <message>
        <source>Set the key of the selected provider</source>
        <translation>Schlüssel des ausgewählten Anbieters setzen</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Forget the key of the selected provider</source>
        <translation>Schlüssel des ausgewählten Anbieters vergessen</translation>
    </message>
    <message>
        <source>Provider settings problem</source>
        <translation>Problem mit Anbietereinstellungen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the connection to the selected provider and list its models</source>
        <translation>Verbindung zum ausgewählten Anbieter testen und seine Modelle auflisten</translation>
    </message>
    <message>
        <source>Ask the selected provider for its model list</source>
        <translation>Modellliste beim ausgewählten Anbieter abfragen</translation>
    </message>
    <message>
        <source>Select a provider and test its connection to see the models it serves.</source>
        <translation>Wählen Sie einen Anbieter und testen Sie die Verbindung, um seine Modelle zu sehen.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Models the selected provider serves</source>
        <translation>Modelle des ausgewählten Anbieters</translation>
    </message>
    <message>
        <source>Add selected to the council</source>
        <translation>Auswahl zum Rat hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected models to the council</source>
        <translation>Ausgewählte Modelle zum Rat hinzufügen</translation>
    </message>
    <message>
        <source>Local or self-hosted OpenAI-compatible servers. A member “model@name” is served by the provider called “name”; requests beyond Max concurrent wait.</source>
        <translation>Lokale oder selbst gehostete OpenAI-kompatible Server. Ein Mitglied „model@name“ wird vom Anbieter namens „name“ bedient; Anfragen über „Max. gleichzeitig“ hinaus warten.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Select a provider first.</source>
        <translation>Wählen Sie zuerst einen Anbieter.</translation>
    </message>
    <message>
        <source>new (unsaved)</source>
        <translation>neu (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Row {row}: a provider name must be one word without &apos;@&apos;.</source>
        <translation>Zeile {row}: Ein Anbietername muss ein Wort ohne „@“ sein.</translation>
    </message>
    <message>
        <source>Two providers are called &apos;{name}&apos;.</source>
        <translation>Zwei Anbieter heißen „{name}“.</translation>
    </message>
    <message>
        <source>Provider &apos;{name}&apos;: the base URL must start with http:// or https://.</source>
        <translation>Anbieter „{name}“: Die Basis-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Asking {name} for its models…</source>
        <translation>{name} wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>{model} · {tokens}-token context</source>
        <translation>{model} · {tokens}-Token-Kontext</translation>
    </message>
    <message>
        <source>Added to the council: {models}. Save to keep it.</source>
        <translation>Zum Rat hinzugefügt: {models}. Speichern, um dies beizubehalten.</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Question of the run on screen</source>
        <translation>Frage des angezeigten Laufs</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Show the whole question</source>
        <translation>Ganze Frage anzeigen</translation>
    </message>
    <message>
        <source>Edit as new question</source>
        <translation>Als neue Frage bearbeiten</translation>
    </message>
    <message>
        <source>Edit this question as a new question</source>
        <translation>Diese Frage als neue Frage bearbeiten</translation>
    </message>
    <message>
        <source>Copy this question into the prompt box, to change it and ask again</source>
        <translation>Diese Frage in das Eingabefeld kopieren, um sie zu ändern und erneut zu stellen</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Final answer</source>
        <translation>Endgültige Antwort</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Peer-Review</translation>
    </message>
    <message>
        <source>The chairman&apos;s final answer (stage 3) — Ctrl+1</source>
        <translation>Die endgültige Antwort des Vorsitzes (Phase 3) — Strg+1</translation>
    </message>
    <message>
        <source>Every member&apos;s own answer (stage 1) — Ctrl+2</source>
        <translation>Die eigene Antwort jedes Mitglieds (Phase 1) — Strg+2</translation>
    </message>
    <message>
        <source>The members&apos; anonymous reviews and the aggregate ranking (stage 2) — Ctrl+3</source>
        <translation>Die anonymen Reviews der Mitglieder und das Gesamtranking (Phase 2) — Strg+3</translation>
    </message>
    <message>
        <source>{title} · skipped</source>
        <extracomment>How long after a live update a hidden tab catches up, one tab per loop turn: the visible tab is updated at once, and a stage&apos;s end no longer updates all three in one turn (16 members&apos; answers and reviews took ~20 ms).</extracomment>
        <translation>{title} · übersprungen</translation>
    </message>
    <message>
        <source>Final answer (degraded)</source>
        <translation>Endgültige Antwort (eingeschränkt)</translation>
    </message>
    <message>
        <source>Final answer · writing…</source>
        <translation>Endgültige Antwort · wird geschrieben…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>ReviewTabs</name>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>{title} · no ranking</source>
        <translation>{title} · kein Ranking</translation>
    </message>
    <message>
        <source>{title} · partly parsed</source>
        <translation>{title} · teilweise ausgewertet</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>parsed</source>
        <translation>ausgewertet</translation>
    </message>
    <message>
        <source>partly parsed</source>
        <translation>teilweise ausgewertet</translation>
    </message>
    <message>
        <source>could not be parsed</source>
        <translation>konnte nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>Ranking: none (could not be parsed)</source>
        <translation>Ranking: keins (konnte nicht ausgewertet werden)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Ranking: none ({status})</source>
        <translation>Ranking: keins ({status})</translation>
    </message>
    <message>
        <source>Ranking ({status}): {ranking}</source>
        <translation>Ranking ({status}): {ranking}</translation>
    </message>
    <message>
        <source>Stage 2 peer review</source>
        <translation>Phase 2: Peer-Review</translation>
    </message>
    <message>
        <source>Peer review notice</source>
        <translation>Hinweis zum Peer-Review</translation>
    </message>
    <message>
        <source>Aggregate ranking title</source>
        <translation>Titel des Gesamtrankings</translation>
    </message>
    <message>
        <source>⚠ Stage 2 skipped: {notice}</source>
        <translation>⚠ Phase 2 übersprungen: {notice}</translation>
    </message>
    <message>
        <source>Aggregate ranking from {used} of {total} review · lower average is better</source>
        <translation>Gesamtranking aus {used} von {total} Review · niedrigerer Durchschnitt ist besser</translation>
    </message>
    <message>
        <source>Aggregate ranking from {used} of {total} reviews · lower average is better</source>
        <translation>Gesamtranking aus {used} von {total} Reviews · niedrigerer Durchschnitt ist besser</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Retry {model}</source>
        <translation>{model} erneut versuchen</translation>
    </message>
    <message>
        <source>Ask this member again; the other answers are reused, then peer review and synthesis run anew</source>
        <translation>Dieses Mitglied erneut fragen; die anderen Antworten werden wiederverwendet, dann laufen Peer-Review und Synthese neu</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Mitglied hinzufügen…</translation>
    </message>
    <message>
        <source>Ask one more model; the other answers are reused, then peer review and synthesis run anew</source>
        <translation>Ein weiteres Modell fragen; die anderen Antworten werden wiederverwendet, dann laufen Peer-Review und Synthese neu</translation>
    </message>
    <message>
        <source>Ask {model}…</source>
        <translation>{model} fragen…</translation>
    </message>
    <message>
        <source>Ask this member alone the next question, with the conversation so far</source>
        <translation>Die nächste Frage nur diesem Mitglied stellen, mit dem bisherigen Gespräch</translation>
    </message>
    <message>
        <source>Re-ask reviewer {model}</source>
        <translation>Reviewer {model} erneut fragen</translation>
    </message>
    <message>
        <source>Ask this reviewer again with the same anonymized answers; then a new synthesis</source>
        <translation>Diesen Reviewer mit denselben anonymisierten Antworten erneut fragen; danach eine neue Synthese</translation>
    </message>
    <message>
        <source>New synthesis…</source>
        <translation>Neue Synthese…</translation>
    </message>
    <message>
        <source>Ask the chairman (the same or another model) for a new final answer; nothing else is asked</source>
        <translation>Den Vorsitz (dasselbe oder ein anderes Modell) um eine neue endgültige Antwort bitten; sonst wird nichts gefragt</translation>
    </message>
</context>
<context>
    <name>RunActionsBar</name>
    <message>
        <source>Run actions</source>
        <translation>Lauf-Aktionen</translation>
    </message>
    <message>
        <source>Run actions note</source>
        <translation>Hinweis zu Lauf-Aktionen</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A council is already running — Esc cancels it.</source>
        <translation>Ein Rat läuft bereits — Esc bricht ihn ab.</translation>
    </message>
    <message>
        <source>{name} at {url}</source>
        <translation>{name} unter {url}</translation>
    </message>
    <message>
        <source>Not started: the API key would travel unencrypted (plain http://) to {where}. Use https://, or confirm to send it anyway.</source>
        <translation>Nicht gestartet: Der API-Schlüssel würde unverschlüsselt (einfaches http://) an {where} übertragen. Verwenden Sie https:// oder bestätigen Sie, um ihn trotzdem zu senden.</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>&amp;Models · stage 1</source>
        <translation>&amp;Modelle · Phase 1</translation>
    </message>
    <message>
        <source>&amp;Models · nobody in this stage</source>
        <translation>&amp;Modelle · niemand in dieser Phase</translation>
    </message>
    <message>
        <source>&amp;Models · stage {stage}</source>
        <translation>&amp;Modelle · Phase {stage}</translation>
    </message>
    <message>
        <source>&amp;Models · stage {stage}, where the run stopped</source>
        <translation>&amp;Modelle · Phase {stage}, in der der Lauf endete</translation>
    </message>
    <message>
        <source>Stage 1 done: {n} answer — Ctrl+2 shows them.</source>
        <translation>Phase 1 abgeschlossen: {n} Antwort — Strg+2 zeigt sie.</translation>
    </message>
    <message>
        <source>Stage 1 done: {n} answers — Ctrl+2 shows them.</source>
        <translation>Phase 1 abgeschlossen: {n} Antworten — Strg+2 zeigt sie.</translation>
    </message>
    <message>
        <source>Peer review skipped.</source>
        <translation>Peer-Review übersprungen.</translation>
    </message>
    <message>
        <source>Peer review done: {n} review — Ctrl+3 shows them.</source>
        <translation>Peer-Review abgeschlossen: {n} Review — Strg+3 zeigt es.</translation>
    </message>
    <message>
        <source>Peer review done: {n} reviews — Ctrl+3 shows them.</source>
        <translation>Peer-Review abgeschlossen: {n} Reviews — Strg+3 zeigt sie.</translation>
    </message>
    <message>
        <source>The chairman is writing the final answer — Ctrl+1 shows it.</source>
        <translation>Der Vorsitz schreibt die endgültige Antwort — Strg+1 zeigt sie.</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <extracomment>How long after :meth:`SafeTextBrowser.replace_document` the view paints again (room for another turn&apos;s work). How long one slice of a Markdown build may work before it lets the event loop run. Blocks laid out between two looks at the clock. The size of the parts a long text is parsed in (characters; each part ends at a blank line).</extracomment>
        <translation>[Bild: {alt}]</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Diesen Code kopieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>How long a model may take to start answering once its request is sent (waiting in a local server&apos;s queue does not count). A model silent for this long is stopped and counted as failed.</source>
        <translation>Wie lange ein Modell nach dem Senden seiner Anfrage brauchen darf, bis es zu antworten beginnt (Warten in der Warteschlange eines lokalen Servers zählt nicht). Ein Modell, das so lange schweigt, wird gestoppt und als fehlgeschlagen gezählt.</translation>
    </message>
    <message>
        <source>The most one whole answer may take. Long, careful answers and slow local models need more.</source>
        <translation>Die maximale Dauer einer ganzen Antwort. Lange, sorgfältige Antworten und langsame lokale Modelle brauchen mehr.</translation>
    </message>
    <message>
        <source>How adventurous the members&apos; answers are: 0 is the most predictable, around 0.7 the usual, above 1 erratic.</source>
        <translation>Wie kreativ die Antworten der Mitglieder sind: 0 ist am vorhersehbarsten, etwa 0,7 üblich, über 1 sprunghaft.</translation>
    </message>
    <message>
        <source>For the peer reviews: a low value keeps the rankings consistent and easy to read.</source>
        <translation>Für die Peer-Reviews: Ein niedriger Wert hält die Rankings konsistent und gut lesbar.</translation>
    </message>
    <message>
        <source>For the chairman&apos;s final answer.</source>
        <translation>Für die endgültige Antwort des Vorsitzes.</translation>
    </message>
    <message>
        <source>The longest answer a model may write (a token is about three quarters of a word). Paid models reserve credit for this many tokens per request; a local model&apos;s context must hold it and the question.</source>
        <translation>Die längste Antwort, die ein Modell schreiben darf (ein Token ist etwa drei Viertel eines Wortes). Kostenpflichtige Modelle reservieren pro Anfrage Guthaben für so viele Tokens; der Kontext eines lokalen Modells muss sie und die Frage fassen.</translation>
    </message>
    <message>
        <source>Stages 1 and 2 end as soon as this many members have finished; the others are stopped (their text is kept). “every member” waits for all.</source>
        <translation>Phasen 1 und 2 enden, sobald so viele Mitglieder fertig sind; die anderen werden gestoppt (ihr Text bleibt erhalten). „jedes Mitglied“ wartet auf alle.</translation>
    </message>
    <message>
        <source>Stages 1 and 2 end this long after they started, with the members that have finished (if none has, with the first that does). “none”: no deadline.</source>
        <translation>Phasen 1 und 2 enden so lange nach ihrem Start, mit den Mitgliedern, die fertig sind (falls noch keines, mit dem ersten, das fertig wird). „keine“: keine Frist.</translation>
    </message>
    <message>
        <source>Settings — LLM Council</source>
        <translation>Einstellungen — LLM Council</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>OpenRouter key</source>
        <translation>OpenRouter-Schlüssel</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Rat</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Timeouts &amp;&amp; temperatures</source>
        <translation>Zeitlimits &amp;&amp; Temperaturen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem mit Einstellungen</translation>
    </message>
    <message>
        <source>First-token timeout in seconds</source>
        <translation>Zeitlimit für das erste Token in Sekunden</translation>
    </message>
    <message>
        <source>Total timeout in seconds</source>
        <translation>Gesamtzeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>Answer temperature</source>
        <translation>Antwort-Temperatur</translation>
    </message>
    <message>
        <source>Review temperature</source>
        <translation>Review-Temperatur</translation>
    </message>
    <message>
        <source>Chairman temperature</source>
        <translation>Vorsitz-Temperatur</translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation>Maximale Tokens pro Antwort</translation>
    </message>
    <message>
        <source>every member</source>
        <translation>jedes Mitglied</translation>
    </message>
    <message>
        <source> members</source>
        <translation> Mitglieder</translation>
    </message>
    <message>
        <source>Quorum: a stage ends once this many members finished it</source>
        <translation>Quorum: Eine Phase endet, sobald so viele Mitglieder sie abgeschlossen haben</translation>
    </message>
    <message>
        <source>Stage deadline in seconds</source>
        <translation>Phasenfrist in Sekunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>First token &amp;within:</source>
        <translation>Erstes &amp;Token innerhalb:</translation>
    </message>
    <message>
        <source>Whole answer w&amp;ithin:</source>
        <translation>&amp;Ganze Antwort innerhalb:</translation>
    </message>
    <message>
        <source>&amp;Answer temperature (stage 1):</source>
        <translation>&amp;Antwort-Temperatur (Phase 1):</translation>
    </message>
    <message>
        <source>Re&amp;view temperature (stage 2):</source>
        <translation>Re&amp;view-Temperatur (Phase 2):</translation>
    </message>
    <message>
        <source>C&amp;hairman temperature (stage 3):</source>
        <translation>V&amp;orsitz-Temperatur (Phase 3):</translation>
    </message>
    <message>
        <source>&amp;Max tokens per answer:</source>
        <translation>&amp;Max. Tokens pro Antwort:</translation>
    </message>
    <message>
        <source>End a stage once this many &amp;finished:</source>
        <translation>Phase beenden, sobald so viele &amp;fertig sind:</translation>
    </message>
    <message>
        <source>End a stage a&amp;fter:</source>
        <translation>Phase beenden &amp;nach:</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset timeouts and temperatures to their defaults</source>
        <translation>Zeitlimits und Temperaturen auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Put every value on this page back to its default (saved when you press Save)</source>
        <translation>Alle Werte dieser Seite auf den Standard zurücksetzen (gespeichert beim Klick auf Speichern)</translation>
    </message>
    <message>
        <source>Add at least one council member.</source>
        <translation>Fügen Sie mindestens ein Ratsmitglied hinzu.</translation>
    </message>
    <message>
        <source>Choose a chairman.</source>
        <translation>Wählen Sie einen Vorsitz.</translation>
    </message>
    <message>
        <source>&apos;{model}&apos; names a provider that is not configured on the Providers page.</source>
        <translation>„{model}“ nennt einen Anbieter, der auf der Seite „Anbieter“ nicht konfiguriert ist.</translation>
    </message>
    <message>
        <source>OpenRouter key: {problem}</source>
        <translation>OpenRouter-Schlüssel: {problem}</translation>
    </message>
    <message>
        <source>Key of provider &apos;{name}&apos;: {problem}</source>
        <translation>Schlüssel des Anbieters „{name}“: {problem}</translation>
    </message>
    <message>
        <source>Members search the web (where their provider can)</source>
        <translation>Mitglieder durchsuchen das Web (sofern ihr Anbieter es kann)</translation>
    </message>
    <message>
        <source>Web search by default</source>
        <translation>Websuche standardmäßig</translation>
    </message>
    <message>
        <source>The default of the council bar&apos;s Web search toggle (OpenRouter&apos;s web plugin; it costs extra per request)</source>
        <translation>Standardwert des Websuche-Schalters in der Ratsleiste (Web-Plugin von OpenRouter; kostet pro Anfrage extra)</translation>
    </message>
    <message>
        <source>Web search:</source>
        <translation>Websuche:</translation>
    </message>
    <message>
        <source>Budget per run in USD</source>
        <translation>Budget pro Lauf in USD</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>A stage whose estimate would pass what is left is not started, and when the cost passes the cap every open request is stopped (its text kept); the run says why. “no cap”: no limit.</source>
        <translation>Eine Phase, deren Schätzung das verbleibende Budget übersteigen würde, wird nicht gestartet, und wenn die Kosten das Limit überschreiten, wird jede offene Anfrage gestoppt (ihr Text bleibt erhalten); der Lauf nennt den Grund. „kein Limit“: keine Begrenzung.</translation>
    </message>
    <message>
        <source>Spend at most per run:</source>
        <translation>Höchstens ausgeben pro Lauf:</translation>
    </message>
    <message>
        <source>✗ Not saved: {problems}</source>
        <translation>✗ Nicht gespeichert: {problems}</translation>
    </message>
    <message>
        <source>✗ The settings could not be written: {error}</source>
        <translation>✗ Die Einstellungen konnten nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Language — LLM Council</source>
        <translation>Sprache — LLM Council</translation>
    </message>
    <message>
        <source>The new language is used when LLM Council starts again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von LLM Council verwendet.</translation>
    </message>
    <message>
        <source>Language changes at the next start</source>
        <translation>Sprache ändert sich beim nächsten Start</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Move between controls</source>
        <translation>Zwischen Steuerelementen wechseln</translation>
    </message>
    <message>
        <source>Open the focused row&apos;s menu (model list: skip, copy id; history: open, ask again, export, delete)</source>
        <translation>Menü der fokussierten Zeile öffnen (Modellliste: überspringen, ID kopieren; Verlauf: öffnen, erneut fragen, exportieren, löschen)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>SourcesStrip</name>
    <message>
        <source>Sources: {sources} · and {more} more</source>
        <translation>Quellen: {sources} · und {more} weitere</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Cited sources</source>
        <translation>Zitierte Quellen</translation>
    </message>
    <message>
        <source>Provider note</source>
        <translation>Hinweis des Anbieters</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>Done — the council has answered</source>
        <translation>Fertig — der Rat hat geantwortet</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>Der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>The run failed in stage {stage}/{total}</source>
        <translation>Der Lauf ist in Phase {stage}/{total} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled in stage {stage}/{total}</source>
        <translation>Abgebrochen in Phase {stage}/{total}</translation>
    </message>
    <message>
        <source>Interrupted in stage {stage}/{total}</source>
        <translation>Unterbrochen in Phase {stage}/{total}</translation>
    </message>
    <message>
        <source>Independent answers</source>
        <translation>Unabhängige Antworten</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Peer-Review</translation>
    </message>
    <message>
        <source>Chairman synthesis</source>
        <translation>Synthese des Vorsitzes</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stage {stage}/{total} — {name} · {done} of {members} finished</source>
        <translation>Phase {stage}/{total} — {name} · {done} von {members} fertig</translation>
    </message>
    <message>
        <source>Stage {stage}/{total} — {name}</source>
        <translation>Phase {stage}/{total} — {name}</translation>
    </message>
    <message>
        <source>Done — the answers and their peer review are in</source>
        <translation>Fertig — die Antworten und ihr Peer-Review liegen vor</translation>
    </message>
    <message>
        <source>Done — the answers are in</source>
        <translation>Fertig — die Antworten liegen vor</translation>
    </message>
    <message>
        <source>Done, degraded — {reasons}</source>
        <translation>Fertig, eingeschränkt — {reasons}</translation>
    </message>
    <message>
        <source>Past run · {state}</source>
        <translation>Früherer Lauf · {state}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Council progress</source>
        <translation>Fortschritt des Rats</translation>
    </message>
    <message>
        <source>Synthesize now</source>
        <translation>Jetzt synthetisieren</translation>
    </message>
    <message>
        <source>End this stage with the members that have finished: the others are stopped (their text is kept) and the council goes on (Ctrl+Shift+Enter)</source>
        <translation>Diese Phase mit den fertigen Mitgliedern beenden: Die anderen werden gestoppt (ihr Text bleibt erhalten) und der Rat macht weiter (Strg+Umschalt+Eingabe)</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Jeder Modus</translation>
    </message>
    <message>
        <source>Full council</source>
        <translation>Voller Rat</translation>
    </message>
    <message>
        <source>Answers and review</source>
        <translation>Antworten und Review</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>Nur Antworten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Räte</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>Avg rank</source>
        <translation>Ø Rang</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Score per $</source>
        <translation>Punkte pro $</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Own family</source>
        <translation>Eigene Familie</translation>
    </message>
    <message>
        <source>Other families</source>
        <translation>Andere Familien</translation>
    </message>
    <message>
        <source>Own family, by others</source>
        <translation>Eigene Familie, durch andere</translation>
    </message>
    <message>
        <source>Lean</source>
        <translation>Tendenz</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>{key}: {cost}, {calls} calls</source>
        <translation>{key}: {cost}, {calls} Aufrufe</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>Ausgaben pro Monat</translation>
    </message>
    <message>
        <source>{key}: {cost} over {calls} calls, {tokens} tokens ({unpriced} reported no cost)</source>
        <translation>{key}: {cost} über {calls} Aufrufe, {tokens} Tokens ({unpriced} ohne Kostenangabe)</translation>
    </message>
    <message>
        <source>{key}: {cost} over {calls} calls, {tokens} tokens</source>
        <translation>{key}: {cost} über {calls} Aufrufe, {tokens} Tokens</translation>
    </message>
    <message>
        <source>{score} · {wins}/{ranked} wins · avg rank {avg}</source>
        <translation>{score} · {wins}/{ranked} Siege · Ø Rang {avg}</translation>
    </message>
    <message>
        <source>{score} · {wins}/{ranked} wins</source>
        <translation>{score} · {wins}/{ranked} Siege</translation>
    </message>
    <message>
        <source>{model}: score {score} from {votes} placements; first in {wins} of {ranked} councils that ranked it</source>
        <translation>{model}: Punktzahl {score} aus {votes} Platzierungen; Erster in {wins} von {ranked} Räten, die es bewertet haben</translation>
    </message>
    <message>
        <source>{cost} · {value} score/$</source>
        <translation>{cost} · {value} Punkte/$</translation>
    </message>
    <message>
        <source>{model}: {cost} in all its calls; an average answer {answer_cost}</source>
        <translation>{model}: {cost} über alle Aufrufe; eine durchschnittliche Antwort {answer_cost}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>{lean} pts</source>
        <translation>{lean} Pkt.</translation>
    </message>
    <message>
        <source>{lean} pts (too few to tell)</source>
        <translation>{lean} Pkt. (zu wenige für eine Aussage)</translation>
    </message>
    <message>
        <source>Spend and leaderboard</source>
        <translation>Ausgaben und Rangliste</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>Status der Statistik</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Spend summary</source>
        <translation>Ausgabenübersicht</translation>
    </message>
    <message>
        <source>Spend per model</source>
        <translation>Ausgaben pro Modell</translation>
    </message>
    <message>
        <source>Spend per provider</source>
        <translation>Ausgaben pro Anbieter</translation>
    </message>
    <message>
        <source>Score (100% = placed first by every reviewer)</source>
        <translation>Punktzahl (100 % = von jedem Reviewer auf Platz 1 gesetzt)</translation>
    </message>
    <message>
        <source>Cost per model (all its calls)</source>
        <translation>Kosten pro Modell (alle Aufrufe)</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Wins: councils whose ranking put it first (of those that ranked it). Score: 100% = placed first by every reviewer, 0% = last. First token and duration: medians of its latest {n} answers. Score per $: score per dollar of an average answer. Re-used answers are counted once.</source>
        <translation>Siege: Räte, deren Ranking es auf Platz 1 setzte (von denen, die es bewertet haben). Punktzahl: 100 % = von jedem Reviewer auf Platz 1 gesetzt, 0 % = Letzter. Erstes Token und Dauer: Mediane seiner letzten {n} Antworten. Punkte pro $: Punktzahl pro Dollar einer durchschnittlichen Antwort. Wiederverwendete Antworten werden einmal gezählt.</translation>
    </message>
    <message>
        <source>Self-preference</source>
        <translation>Selbstbevorzugung</translation>
    </message>
    <message>
        <source>Scores as in the leaderboard; n = the placements behind each. “Own family, by others”: how reviewers of other vendors placed the same answers. Lean = own family minus that (a reviewer never sees its own answer). Fewer than {n} placements on either side is too few to tell.</source>
        <translation>Punktzahlen wie in der Rangliste; n = die zugrunde liegenden Platzierungen. „Eigene Familie, durch andere“: wie Reviewer anderer Anbieter dieselben Antworten platziert haben. Tendenz = eigene Familie minus dieser Wert (ein Reviewer sieht nie seine eigene Antwort). Weniger als {n} Platzierungen auf einer der beiden Seiten reichen für keine Aussage.</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>The statistics cannot be read: {reason}</source>
        <translation>Die Statistik kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>No runs in this period yet.</source>
        <translation>Noch keine Läufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No runs yet: ask the council a question.</source>
        <translation>Noch keine Läufe: Stellen Sie dem Rat eine Frage.</translation>
    </message>
    <message>
        <source>Spent today {today} · this month {month} · in this period {total} — {calls} calls</source>
        <translation>Ausgegeben heute {today} · diesen Monat {month} · in diesem Zeitraum {total} — {calls} Aufrufe</translation>
    </message>
    <message>
        <source>Spent today {today} · this month {month} · all time {total} — {calls} calls</source>
        <translation>Ausgegeben heute {today} · diesen Monat {month} · insgesamt {total} — {calls} Aufrufe</translation>
    </message>
    <message>
        <source>{summary} ({n} reported no cost)</source>
        <translation>{summary} ({n} ohne Kostenangabe)</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} Modelle</translation>
    </message>
</context>
<context>
    <name>SummaryBanner</name>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Note banner</source>
        <translation>Hinweisbanner</translation>
    </message>
    <message>
        <source>Warning banner</source>
        <translation>Warnbanner</translation>
    </message>
    <message>
        <source>Error banner</source>
        <translation>Fehlerbanner</translation>
    </message>
    <message>
        <source>Done banner</source>
        <translation>Fertig-Banner</translation>
    </message>
    <message>
        <source>{n} answer (stage 1)</source>
        <translation>{n} Antwort (Phase 1)</translation>
    </message>
    <message>
        <source>{n} answers (stage 1)</source>
        <translation>{n} Antworten (Phase 1)</translation>
    </message>
    <message>
        <source>{n} review (stage 2)</source>
        <translation>{n} Review (Phase 2)</translation>
    </message>
    <message>
        <source>{n} reviews (stage 2)</source>
        <translation>{n} Reviews (Phase 2)</translation>
    </message>
    <message>
        <source>the final answer</source>
        <translation>die endgültige Antwort</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} und {n} weitere</translation>
    </message>
    <message>
        <source>the partial text of {n} member ({names})</source>
        <translation>der unvollständige Text von {n} Mitglied ({names})</translation>
    </message>
    <message>
        <source>the partial text of {n} members ({names})</source>
        <translation>der unvollständige Text von {n} Mitgliedern ({names})</translation>
    </message>
    <message>
        <source>Nothing was kept.</source>
        <translation>Nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Kept: {items}.</source>
        <translation>Behalten: {items}.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The run failed: {error} {kept}</source>
        <translation>Der Lauf ist fehlgeschlagen: {error} {kept}</translation>
    </message>
    <message>
        <source>The run was cancelled. {kept}</source>
        <translation>Der Lauf wurde abgebrochen. {kept}</translation>
    </message>
    <message>
        <source>The run was interrupted (the app closed mid-run). {kept}</source>
        <translation>Der Lauf wurde unterbrochen (die App wurde während des Laufs geschlossen). {kept}</translation>
    </message>
    <message>
        <source>Degraded — the final answer is not the whole council&apos;s work: {reasons}.</source>
        <translation>Eingeschränkt — die endgültige Antwort ist nicht das Werk des ganzen Rats: {reasons}.</translation>
    </message>
    <message>
        <source>Stage 2 skipped — {notice}</source>
        <translation>Phase 2 übersprungen — {notice}</translation>
    </message>
    <message>
        <source>Chairman fallback — {notice}</source>
        <translation>Ersatz-Vorsitz — {notice}</translation>
    </message>
    <message>
        <source>{n} model request failed ({names}); the council went on without them.</source>
        <translation>{n} Modellanfrage fehlgeschlagen ({names}); der Rat hat ohne sie weitergemacht.</translation>
    </message>
    <message>
        <source>{n} model requests failed ({names}); the council went on without them.</source>
        <translation>{n} Modellanfragen fehlgeschlagen ({names}); der Rat hat ohne sie weitergemacht.</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Zusammenfassung des Laufs</translation>
    </message>
    <message>
        <source>{glyph} {level}: {message}</source>
        <translation>{glyph} {level}: {message}</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>{title}
A thread of {n} runs (follow-ups and re-runs), the newest {when} — {status}
Opening it shows the conversation.</source>
        <translation>{title}
Ein Thread aus {n} Läufen (Folgefragen und Wiederholungen), der neueste {when} — {status}
Beim Öffnen wird das Gespräch angezeigt.</translation>
    </message>
    <message>
        <source>{n} of its runs match “{search}”</source>
        <translation>{n} seiner Läufe passen zu „{search}“</translation>
    </message>
    <message>
        <source>{title}. A thread of runs. {details}</source>
        <translation>{title}. Ein Thread aus Läufen. {details}</translation>
    </message>
    <message>
        <source>{n} matching runs of a thread</source>
        <translation>{n} passende Läufe eines Threads</translation>
    </message>
    <message>
        <source>thread of {n} runs</source>
        <translation>Thread aus {n} Läufen</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>{n} columns from {first} to {last}; the highest {top}: {value}</source>
        <translation>{n} Spalten von {first} bis {last}; die höchste {top}: {value}</translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation>nichts anzuzeigen</translation>
    </message>
    <message>
        <source>{title} — highest {label}: {value}</source>
        <translation>{title} — höchste {label}: {value}</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>WindowPower</name>
    <message>
        <source>You are offline: asking the models again needs the network (the earlier run stays as it is).</source>
        <translation>Sie sind offline: Um die Modelle erneut zu fragen, ist das Netzwerk nötig (der frühere Lauf bleibt unverändert).</translation>
    </message>
    <message>
        <source>No OpenRouter key: add one in Settings to ask OpenRouter models again.</source>
        <translation>Kein OpenRouter-Schlüssel: Fügen Sie einen in den Einstellungen hinzu, um OpenRouter-Modelle erneut zu fragen.</translation>
    </message>
    <message>
        <source>A council is running: re-run or follow up once it has finished.</source>
        <translation>Ein Rat läuft: Wiederholen oder nachfragen, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>This run cannot be opened: {error}</source>
        <translation>Dieser Lauf kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>&amp;Presets…</source>
        <translation>&amp;Voreinstellungen…</translation>
    </message>
    <message>
        <source>Spend and &amp;leaderboard…</source>
        <translation>Ausgaben und &amp;Rangliste…</translation>
    </message>
    <message>
        <source>Spend, the leaderboard of your models and self-preference</source>
        <translation>Ausgaben, die Rangliste Ihrer Modelle und Selbstbevorzugung</translation>
    </message>
    <message>
        <source>The history is not available: there is nothing to count.</source>
        <translation>Der Verlauf ist nicht verfügbar: Es gibt nichts zu zählen.</translation>
    </message>
    <message>
        <source>The preset could not be remembered: {error}</source>
        <translation>Die Voreinstellung konnte nicht gemerkt werden: {error}</translation>
    </message>
    <message>
        <source>Council: {name}.</source>
        <translation>Rat: {name}.</translation>
    </message>
    <message>
        <source>Prompts of “{title}”</source>
        <translation>Prompts von „{title}“</translation>
    </message>
    <message>
        <source>Open a finished run first.</source>
        <translation>Öffnen Sie zuerst einen abgeschlossenen Lauf.</translation>
    </message>
    <message>
        <source>This cannot start.</source>
        <translation>Dies kann nicht starten.</translation>
    </message>
    <message>
        <source>Asking {model} again; the other answers are reused…</source>
        <translation>{model} wird erneut gefragt; die anderen Antworten werden wiederverwendet…</translation>
    </message>
    <message>
        <source>Asking {model} too; the other answers are reused…</source>
        <translation>{model} wird ebenfalls gefragt; die anderen Antworten werden wiederverwendet…</translation>
    </message>
    <message>
        <source>Asking reviewer {model} again, then a new synthesis…</source>
        <translation>Reviewer {model} wird erneut gefragt, dann eine neue Synthese…</translation>
    </message>
    <message>
        <source>A new synthesis by {model}; nothing else is asked…</source>
        <translation>Eine neue Synthese durch {model}; sonst wird nichts gefragt…</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>The model to ask too (its answer joins the others, then peer review and synthesis run anew):</source>
        <translation>Das zusätzlich zu fragende Modell (seine Antwort kommt zu den anderen hinzu, dann laufen Peer-Review und Synthese neu):</translation>
    </message>
    <message>
        <source>New synthesis</source>
        <translation>Neue Synthese</translation>
    </message>
    <message>
        <source>The chairman of the new synthesis (only it is asked):</source>
        <translation>Der Vorsitz der neuen Synthese (nur er wird gefragt):</translation>
    </message>
    <message>
        <source>Asking the council the follow-up…</source>
        <translation>Der Rat erhält die Folgefrage…</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>{model} wird gefragt…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The run history cannot be opened: {problem} The app works without it: runs of this session are not saved.</source>
        <translation>Der Lauf-Verlauf kann nicht geöffnet werden: {problem} Die App funktioniert ohne ihn: Läufe dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Nothing to re-run: name a member, a reviewer or a chairman.</source>
        <translation>Nichts zu wiederholen: Nennen Sie ein Mitglied, einen Prüfer oder einen Vorsitz.</translation>
    </message>
    <message>
        <source>A follow-up needs the run it follows.</source>
        <translation>Eine Nachfrage braucht den Lauf, an den sie anschließt.</translation>
    </message>
    <message>
        <source>The prompt is empty: type a question for the council.</source>
        <translation>Der Prompt ist leer: Stellen Sie dem Rat eine Frage.</translation>
    </message>
    <message>
        <source>The council has no members: add at least one model.</source>
        <translation>Der Rat hat keine Mitglieder: Fügen Sie mindestens ein Modell hinzu.</translation>
    </message>
    <message>
        <source>No chairman model is set.</source>
        <translation>Es ist kein Modell für den Vorsitz festgelegt.</translation>
    </message>
    <message>
        <source>The quorum must be at least 1.</source>
        <translation>Das Quorum muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The stage deadline must be a positive number of seconds.</source>
        <translation>Die Frist einer Phase muss eine positive Anzahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>No OpenRouter API key yet, and this council asks OpenRouter models.</source>
        <translation>Noch kein OpenRouter-API-Schlüssel, und dieser Rat fragt OpenRouter-Modelle.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring ({backend}).</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems aufbewahrt ({backend}).</translation>
    </message>
    <message>
        <source>No system keyring is available (no Secret Service / Keychain / Credential Manager was found): a key you enter is kept for this session only and is not saved. Set {env} to use a key without a keyring.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (kein Secret Service / Keychain / Anmeldeinformationsverwaltung gefunden): Ein eingegebener Schlüssel gilt nur für diese Sitzung und wird nicht gespeichert. Setzen Sie {env}, um einen Schlüssel ohne Schlüsselbund zu verwenden.</translation>
    </message>
    <message>
        <source>Skipped by the user.</source>
        <translation>Vom Benutzer übersprungen.</translation>
    </message>
    <message>
        <source>Stopped: the stage ended early ({reason}).</source>
        <translation>Angehalten: Die Phase wurde vorzeitig beendet ({reason}).</translation>
    </message>
    <message>
        <source>{stage} ended early: {reason}; the members still working were stopped (their text kept).</source>
        <translation>{stage} vorzeitig beendet: {reason}; die noch arbeitenden Mitglieder wurden angehalten (ihr Text bleibt erhalten).</translation>
    </message>
    <message>
        <source>ended early by the user</source>
        <translation>vom Benutzer vorzeitig beendet</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Export run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <source>Export {n} runs</source>
        <translation>{n} Läufe exportieren</translation>
    </message>
    <message>
        <source>{file} was not imported: {problem}.</source>
        <translation>{file} wurde nicht importiert: {problem}.</translation>
    </message>
    <message>
        <source>Imported {n} run from {file}.</source>
        <translation>{n} Lauf aus {file} importiert.</translation>
    </message>
    <message>
        <source>Imported {n} runs from {file}.</source>
        <translation>{n} Läufe aus {file} importiert.</translation>
    </message>
    <message>
        <source>{n} run was already in the history.</source>
        <translation>{n} Lauf war bereits im Verlauf.</translation>
    </message>
    <message>
        <source>{n} runs were already in the history.</source>
        <translation>{n} Läufe waren bereits im Verlauf.</translation>
    </message>
    <message>
        <source>{n} run with the id of a different run in the history was left out (the command line&apos;s import --replace overwrites).</source>
        <translation>{n} Lauf mit der ID eines anderen Laufs im Verlauf wurde ausgelassen (import --replace in der Befehlszeile überschreibt).</translation>
    </message>
    <message>
        <source>{n} runs with the id of a different run in the history were left out (the command line&apos;s import --replace overwrites).</source>
        <translation>{n} Läufe mit der ID eines anderen Laufs im Verlauf wurden ausgelassen (import --replace in der Befehlszeile überschreibt).</translation>
    </message>
    <message>
        <source>{file} holds no runs.</source>
        <translation>{file} enthält keine Läufe.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>sie kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>it is larger than a run export can be ({n} bytes)</source>
        <translation>sie ist größer, als ein Lauf-Export sein kann ({n} Bytes)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {n})</source>
        <translation>sie ist kein UTF-8-Text (Byte {n})</translation>
    </message>
    <message>
        <source>it is not a run export ({reason})</source>
        <translation>sie ist kein Lauf-Export ({reason})</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>generiert</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>denkt nach</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>{count} token</source>
        <translation>{count} Token</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} Tokens</translation>
    </message>
    <message>
        <source>skipped by the user</source>
        <translation>vom Benutzer übersprungen</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the run ended first</source>
        <translation>der Lauf endete vorher</translation>
    </message>
    <message>
        <source>check the key in Settings</source>
        <translation>Schlüssel in den Einstellungen prüfen</translation>
    </message>
    <message>
        <source>Check the key: Settings → OpenRouter key (Test key says whether it works), or the provider&apos;s key on the Providers page.</source>
        <translation>Prüfen Sie den Schlüssel: Einstellungen → OpenRouter-Schlüssel („Schlüssel testen“ zeigt, ob er funktioniert), oder den Schlüssel des Anbieters auf der Seite „Anbieter“.</translation>
    </message>
    <message>
        <source>top up credits or lower Max tokens</source>
        <translation>Guthaben aufladen oder Max. Tokens senken</translation>
    </message>
    <message>
        <source>Top up your OpenRouter credits (openrouter.ai/settings/credits), or lower “Max tokens per answer” in Settings → Timeouts &amp; temperatures: a request reserves credit for its whole answer.</source>
        <translation>Laden Sie Ihr OpenRouter-Guthaben auf (openrouter.ai/settings/credits) oder senken Sie „Max. Tokens pro Antwort“ unter Einstellungen → Zeitlimits &amp; Temperaturen: Eine Anfrage reserviert Guthaben für ihre ganze Antwort.</translation>
    </message>
    <message>
        <source>wait a minute, or pick another model</source>
        <translation>eine Minute warten oder ein anderes Modell wählen</translation>
    </message>
    <message>
        <source>Wait a minute and ask again, or pick another model in Settings → Council (free models have tight rate limits).</source>
        <translation>Warten Sie eine Minute und fragen Sie erneut, oder wählen Sie unter Einstellungen → Rat ein anderes Modell (kostenlose Modelle haben strenge Ratenlimits).</translation>
    </message>
    <message>
        <source>pick another model</source>
        <translation>ein anderes Modell wählen</translation>
    </message>
    <message>
        <source>Pick another model in Settings → Council: this id may be retired or mistyped.</source>
        <translation>Wählen Sie unter Einstellungen → Rat ein anderes Modell: Diese ID ist eventuell eingestellt oder vertippt.</translation>
    </message>
    <message>
        <source>allow more time, or pick a faster model</source>
        <translation>mehr Zeit erlauben oder ein schnelleres Modell wählen</translation>
    </message>
    <message>
        <source>Allow more time (Settings → Timeouts &amp; temperatures → “First token within”), or pick a faster model.</source>
        <translation>Erlauben Sie mehr Zeit (Einstellungen → Zeitlimits &amp; Temperaturen → „Erstes Token innerhalb“) oder wählen Sie ein schnelleres Modell.</translation>
    </message>
    <message>
        <source>lower Max tokens, or pick a larger model</source>
        <translation>Max. Tokens senken oder ein größeres Modell wählen</translation>
    </message>
    <message>
        <source>The question and the answers did not fit this model&apos;s context window: lower “Max tokens per answer” in Settings, or pick a model with a larger context.</source>
        <translation>Die Frage und die Antworten passten nicht in das Kontextfenster dieses Modells: Senken Sie „Max. Tokens pro Antwort“ in den Einstellungen oder wählen Sie ein Modell mit größerem Kontext.</translation>
    </message>
    <message>
        <source>ask again</source>
        <translation>erneut fragen</translation>
    </message>
    <message>
        <source>The connection dropped mid-answer: ask again.</source>
        <translation>Die Verbindung brach während der Antwort ab: Fragen Sie erneut.</translation>
    </message>
    <message>
        <source>rephrase, or pick another model</source>
        <translation>umformulieren oder ein anderes Modell wählen</translation>
    </message>
    <message>
        <source>The provider&apos;s moderation refused the request: rephrase the question, or pick another model.</source>
        <translation>Die Moderation des Anbieters hat die Anfrage abgelehnt: Formulieren Sie die Frage um oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>ask again later, or pick another model</source>
        <translation>später erneut fragen oder ein anderes Modell wählen</translation>
    </message>
    <message>
        <source>The provider had trouble serving this model: ask again later, or pick another model.</source>
        <translation>Der Anbieter hatte Probleme, dieses Modell bereitzustellen: Fragen Sie später erneut oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>partial — {reason}</source>
        <translation>unvollständig — {reason}</translation>
    </message>
    <message>
        <source>reused from the earlier run · {detail}</source>
        <translation>aus dem früheren Lauf übernommen · {detail}</translation>
    </message>
    <message>
        <source>queued · {seconds} s, {ahead} ahead</source>
        <translation>in Warteschlange · {seconds} s, {ahead} davor</translation>
    </message>
    <message>
        <source>queued · {seconds} s</source>
        <translation>in Warteschlange · {seconds} s</translation>
    </message>
    <message>
        <source>waiting · {seconds} s of {deadline} s</source>
        <translation>wartet · {seconds} s von {deadline} s</translation>
    </message>
    <message>
        <source>waiting · {seconds} s</source>
        <translation>wartet · {seconds} s</translation>
    </message>
    <message>
        <source>generating · {tokens}…</source>
        <translation>generiert · {tokens}…</translation>
    </message>
    <message>
        <source>thinking · {count} reasoning tokens…</source>
        <translation>denkt nach · {count} Reasoning-Tokens…</translation>
    </message>
    <message>
        <source>retrying in {seconds} s</source>
        <translation>neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <source>{mark} · {tokens} kept</source>
        <translation>{mark} · {tokens} behalten</translation>
    </message>
    <message>
        <source>failed ({code}) · {remedy}</source>
        <translation>fehlgeschlagen ({code}) · {remedy}</translation>
    </message>
    <message>
        <source>failed · {remedy}</source>
        <translation>fehlgeschlagen · {remedy}</translation>
    </message>
    <message>
        <source>done in {duration} (from sending the request)</source>
        <translation>fertig in {duration} (ab dem Senden der Anfrage)</translation>
    </message>
    <message>
        <source>first token after {duration}</source>
        <translation>erstes Token nach {duration}</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message>
        <source>queued {duration} before sending</source>
        <translation>{duration} in Warteschlange vor dem Senden</translation>
    </message>
    <message>
        <source>HTTP {code}</source>
        <translation>HTTP {code}</translation>
    </message>
    <message>
        <source>What you can do: {remedy}</source>
        <translation>Was Sie tun können: {remedy}</translation>
    </message>
    <message>
        <source>reasoning: {count} tokens (counted apart)</source>
        <translation>Reasoning: {count} Tokens (separat gezählt)</translation>
    </message>
    <message>
        <source>Finished in {duration}</source>
        <translation>Fertig in {duration}</translation>
    </message>
    <message>
        <source>Failed after {duration}</source>
        <translation>Fehlgeschlagen nach {duration}</translation>
    </message>
    <message>
        <source>Cancelled after {duration}</source>
        <translation>Abgebrochen nach {duration}</translation>
    </message>
    <message>
        <source>Interrupted after {duration}</source>
        <translation>Unterbrochen nach {duration}</translation>
    </message>
    <message>
        <source>Running for {duration}</source>
        <translation>Läuft seit {duration}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Took {duration}</source>
        <translation>Dauerte {duration}</translation>
    </message>
</context>
</TS>
