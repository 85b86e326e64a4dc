<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AggregateTable</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Average rank</source>
        <translation>Puesto medio</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Place after peer review; “=1” means tied for first (= marks a tie), “—” that no review ranked it</source>
        <translation>Puesto tras la revisión por pares; “=1” significa empate en el primer puesto (= indica un empate), “—” que ninguna revisión lo clasificó</translation>
    </message>
    <message>
        <source>The council member whose answer was ranked</source>
        <translation>El miembro del consejo cuya respuesta se clasificó</translation>
    </message>
    <message>
        <source>The mean of the places the reviews gave it (1 is best); lower is better</source>
        <translation>La media de los puestos que le dieron las revisiones (1 es el mejor); cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>How many reviews ranked it</source>
        <translation>Cuántas revisiones lo clasificaron</translation>
    </message>
    <message>
        <source>Borda points: in a ranking of n answers, first place earns n − 1 points, last earns 0; higher is better</source>
        <translation>Puntos Borda: en una clasificación de n respuestas, el primer puesto obtiene n − 1 puntos y el último 0; cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>Aggregate ranking</source>
        <translation>Clasificación agregada</translation>
    </message>
</context>
<context>
    <name>AnswersView</name>
    <message>
        <source>Stage 1 answers</source>
        <translation>Respuestas de la etapa 1</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>{percent} % (the system&apos;s)</source>
        <translation>{percent} % (el del sistema)</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Seguir el sistema ({language})</translation>
    </message>
    <message>
        <source>The window&apos;s language. It changes when the app starts again; the command line stays English.</source>
        <translation>El idioma de la ventana. Cambia cuando la aplicación se vuelve a iniciar; la línea de comandos sigue en inglés.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Reset the appearance to its defaults</source>
        <translation>Restablecer la apariencia a sus valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>“Follow the system” switches with your desktop&apos;s light or dark mode.</source>
        <translation>“Seguir el sistema” cambia con el modo claro u oscuro de su escritorio.</translation>
    </message>
    <message>
        <source>The size of all the window&apos;s text. Ctrl+plus and Ctrl+minus zoom the answers alone.</source>
        <translation>El tamaño de todo el texto de la ventana. Ctrl+más y Ctrl+menos amplían solo las respuestas.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>nothing to show</source>
        <translation>nada que mostrar</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>the council (chairman {model})</source>
        <translation>el consejo (presidente {model})</translation>
    </message>
    <message>
        <source>{model} alone</source>
        <translation>solo {model}</translation>
    </message>
    <message>
        <source>the council&apos;s answers (no synthesis)</source>
        <translation>las respuestas del consejo (sin síntesis)</translation>
    </message>
    <message>
        <source>Answer from {who} — version {k} of {n}</source>
        <translation>Respuesta de {who} — versión {k} de {n}</translation>
    </message>
    <message>
        <source>Answer from {who}</source>
        <translation>Respuesta de {who}</translation>
    </message>
    <message>
        <source>No answer: the run {status}.</source>
        <translation>Sin respuesta: ejecución {status}.</translation>
    </message>
    <message>
        <source>{i}. You asked · {when}</source>
        <translation>{i}. Usted preguntó · {when}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Back to the run</source>
        <translation>Volver a la ejecución</translation>
    </message>
    <message>
        <source>Questions of the conversation</source>
        <translation>Preguntas de la conversación</translation>
    </message>
    <message>
        <source>Enter or a double click opens that run&apos;s full council detail.</source>
        <translation>Enter o un doble clic abre el detalle completo del consejo de esa ejecución.</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>la conversación</translation>
    </message>
    <message>
        <source>Open council detail</source>
        <translation>Abrir detalle del consejo</translation>
    </message>
    <message>
        <source>Open the full council detail of this question</source>
        <translation>Abrir el detalle completo del consejo de esta pregunta</translation>
    </message>
    <message>
        <source>Every answer, review and the final answer of this run</source>
        <translation>Cada respuesta, cada revisión y la respuesta final de esta ejecución</translation>
    </message>
    <message>
        <source>Conversation: {title} · {n} question</source>
        <translation>Conversación: {title} · {n} pregunta</translation>
    </message>
    <message>
        <source>Conversation: {title} · {n} questions</source>
        <translation>Conversación: {title} · {n} preguntas</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Conversación completa</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>reejecución</translation>
    </message>
    <message>
        <source>↳ re-run: {what} · {when}</source>
        <translation>↳ reejecución: {what} · {when}</translation>
    </message>
    <message>
        <source>The whole conversation, each question with the answer it got.</source>
        <translation>La conversación completa, cada pregunta con la respuesta que obtuvo.</translation>
    </message>
    <message>
        <source>Question {i} of {n} · {status} · {members}</source>
        <translation>Pregunta {i} de {n} · {status} · {members}</translation>
    </message>
</context>
<context>
    <name>CouncilBar</name>
    <message>
        <source>Your settings&apos; council</source>
        <translation>El consejo de su configuración</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>precio desconocido</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>{members} — chairman {chairman} ({price})</source>
        <translation>{members} — presidente {chairman} ({price})</translation>
    </message>
    <message>
        <source>Full council</source>
        <translation>Consejo completo</translation>
    </message>
    <message>
        <source>Answers + review</source>
        <translation>Respuestas + revisión</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>Solo respuestas</translation>
    </message>
    <message>
        <source>Council in force</source>
        <translation>Consejo vigente</translation>
    </message>
    <message>
        <source>Council preset</source>
        <translation>Preajuste de consejo</translation>
    </message>
    <message>
        <source>The council the next run asks: one of your presets, a starter, or the council in Settings</source>
        <translation>El consejo al que consulta la próxima ejecución: uno de sus preajustes, uno predefinido o el consejo de Configuración</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Which stages run: the answers only, answers and peer review, or the full council with the chairman&apos;s synthesis</source>
        <translation>Qué etapas se ejecutan: solo las respuestas, respuestas y revisión por pares, o el consejo completo con la síntesis del presidente</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>Búsqueda web</translation>
    </message>
    <message>
        <source>Web search for this run</source>
        <translation>Búsqueda web para esta ejecución</translation>
    </message>
    <message>
        <source>Members search the web where their provider can (OpenRouter&apos;s web plugin); their cited sources are shown under the answer. Costs extra.</source>
        <translation>Los miembros buscan en la web donde su proveedor lo permite (el plugin web de OpenRouter); las fuentes que citan se muestran bajo la respuesta. Tiene un coste adicional.</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Preajustes…</translation>
    </message>
    <message>
        <source>Manage presets</source>
        <translation>Gestionar preajustes</translation>
    </message>
    <message>
        <source>Save the current council as a preset, rename, delete, edit its prompts, import or export presets</source>
        <translation>Guardar el consejo actual como preajuste, renombrar, eliminar, editar sus prompts, importar o exportar preajustes</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Consejo:</translation>
    </message>
    <message>
        <source>Council members and prices</source>
        <translation>Miembros del consejo y precios</translation>
    </message>
    <message>
        <source>Council override</source>
        <translation>Consejo sustituido</translation>
    </message>
    <message>
        <source>End the override</source>
        <translation>Terminar la sustitución</translation>
    </message>
    <message>
        <source>{name} (starter)</source>
        <translation>{name} (predefinido)</translation>
    </message>
    <message>
        <source>{council}   (prices in / out per million tokens)</source>
        <translation>{council}   (precios de entrada / salida por millón de tokens)</translation>
    </message>
    <message>
        <source>chairman {chairman}: {price}</source>
        <translation>presidente {chairman}: {price}</translation>
    </message>
    <message>
        <source>Using the council of {source} (not {name}).</source>
        <translation>Usando el consejo de {source} (no {name}).</translation>
    </message>
    <message>
        <source>✕ Back to {name}</source>
        <translation>✕ Volver a {name}</translation>
    </message>
    <message>
        <source>Run the next councils with {name} again</source>
        <translation>Ejecutar de nuevo los próximos consejos con {name}</translation>
    </message>
</context>
<context>
    <name>CouncilSelection</name>
    <message>
        <source>Full council (answers, review, synthesis)</source>
        <translation>Consejo completo (respuestas, revisión, síntesis)</translation>
    </message>
    <message>
        <source>Answers and peer review</source>
        <translation>Respuestas y revisión por pares</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>Solo respuestas</translation>
    </message>
    <message>
        <source>preset “{name}”</source>
        <translation>preajuste “{name}”</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>su configuración</translation>
    </message>
    <message>
        <source>a past run</source>
        <translation>una ejecución anterior</translation>
    </message>
</context>
<context>
    <name>EstimateLabel</name>
    <message>
        <source>Estimated cost of the next run</source>
        <translation>Coste estimado de la próxima ejecución</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Estimated cost: {cost} · ⚠ may pass the budget</source>
        <translation>Coste estimado: {cost} · ⚠ puede superar el presupuesto</translation>
    </message>
    <message>
        <source>Your budget per run is {budget}: the run stops before a stage that would pass it.</source>
        <translation>Su presupuesto por ejecución es {budget}: la ejecución se detiene antes de una etapa que lo superaría.</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>Coste estimado: {cost}</translation>
    </message>
</context>
<context>
    <name>FinalView</name>
    <message>
        <source>by the chairman</source>
        <translation>por el presidente</translation>
    </message>
    <message>
        <source>by a fallback member (the chairman failed)</source>
        <translation>por un miembro de reserva (el presidente falló)</translation>
    </message>
    <message>
        <source>the best-ranked member&apos;s own answer (no synthesis could be written)</source>
        <translation>la propia respuesta del miembro mejor clasificado (no se pudo escribir ninguna síntesis)</translation>
    </message>
    <message>
        <source>Ask the council a question: its final answer appears here.</source>
        <translation>Haga una pregunta al consejo: su respuesta final aparece aquí.</translation>
    </message>
    <message>
        <source>The council is at work. The chairman&apos;s final answer appears here as it is written, after the answers (stage 1) and the peer review (stage 2).</source>
        <translation>El consejo está trabajando. La respuesta final del presidente aparece aquí a medida que se escribe, después de las respuestas (etapa 1) y la revisión por pares (etapa 2).</translation>
    </message>
    <message>
        <source>No final answer: the run failed.</source>
        <translation>Sin respuesta final: la ejecución falló.</translation>
    </message>
    <message>
        <source>No final answer: the run was cancelled.</source>
        <translation>Sin respuesta final: la ejecución se canceló.</translation>
    </message>
    <message>
        <source>No final answer: the run was interrupted.</source>
        <translation>Sin respuesta final: la ejecución se interrumpió.</translation>
    </message>
    <message>
        <source>Final answer (degraded) — {model}</source>
        <translation>Respuesta final (degradada) — {model}</translation>
    </message>
    <message>
        <source>Final answer — {model}</source>
        <translation>Respuesta final — {model}</translation>
    </message>
    <message>
        <source>Final answer (degraded)</source>
        <translation>Respuesta final (degradada)</translation>
    </message>
    <message>
        <source>Final answer</source>
        <translation>Respuesta final</translation>
    </message>
    <message>
        <source>by the chairman {model}</source>
        <translation>por el presidente {model}</translation>
    </message>
    <message>
        <source>Final answer heading</source>
        <translation>Encabezado de la respuesta final</translation>
    </message>
    <message>
        <source>Final answer notice</source>
        <translation>Aviso de la respuesta final</translation>
    </message>
    <message>
        <source>the final answer</source>
        <translation>la respuesta final</translation>
    </message>
    <message>
        <source>Copy final answer</source>
        <translation>Copiar respuesta final</translation>
    </message>
    <message>
        <source>Final answer status</source>
        <translation>Estado de la respuesta final</translation>
    </message>
    <message>
        <source>Degraded: {reasons}.</source>
        <translation>Degradada: {reasons}.</translation>
    </message>
    <message>
        <source>This run asked for the answers and their peer review only: no final answer is written.</source>
        <translation>Esta ejecución solo pidió las respuestas y su revisión por pares: no se escribe ninguna respuesta final.</translation>
    </message>
    <message>
        <source>This run asked for the answers only: no final answer is written.</source>
        <translation>Esta ejecución solo pidió las respuestas: no se escribe ninguna respuesta final.</translation>
    </message>
    <message>
        <source>⚠ {model} stopped ({reason}); {writer} writes instead.</source>
        <translation>⚠ {model} se detuvo ({reason}); {writer} escribe en su lugar.</translation>
    </message>
    <message>
        <source>the chairman {model} · {detail}</source>
        <translation>el presidente {model} · {detail}</translation>
    </message>
    <message>
        <source>a fallback member {model} · {detail}</source>
        <translation>un miembro de reserva {model} · {detail}</translation>
    </message>
    <message>
        <source>No final answer.</source>
        <translation>Sin respuesta final.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this answer</source>
        <translation>Buscar en esta respuesta</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Enter, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Next match of Find</source>
        <translation>Coincidencia siguiente de Buscar</translation>
    </message>
    <message>
        <source>Previous match of Find</source>
        <translation>Coincidencia anterior de Buscar</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>{total} matches</source>
        <translation>{total} coincidencias</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>Pregunta de seguimiento</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Ask the whole council instead</source>
        <translation>Preguntar a todo el consejo</translation>
    </message>
    <message>
        <source>Ask the whole council instead of one member</source>
        <translation>Preguntar a todo el consejo en lugar de a un miembro</translation>
    </message>
    <message>
        <source>Ask one member…</source>
        <translation>Preguntar a un miembro…</translation>
    </message>
    <message>
        <source>Choose one member to ask</source>
        <translation>Elegir un miembro al que preguntar</translation>
    </message>
    <message>
        <source>One member answers with the conversation so far: no review, no synthesis</source>
        <translation>Un miembro responde con la conversación hasta ahora: sin revisión ni síntesis</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Nota de seguimiento</translation>
    </message>
    <message>
        <source>You can follow up once the council has answered…</source>
        <translation>Podrá hacer una pregunta de seguimiento en cuanto el consejo haya respondido…</translation>
    </message>
    <message>
        <source>Ask {model}…</source>
        <translation>Preguntar a {model}…</translation>
    </message>
    <message>
        <source>Ask the council the follow-up question</source>
        <translation>Hacer la pregunta de seguimiento al consejo</translation>
    </message>
    <message>
        <source>The council answers with the conversation so far (Ctrl+Enter)</source>
        <translation>El consejo responde con la conversación hasta ahora (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ask the council a next question in this conversation (Ctrl+Enter)…</source>
        <translation>Haga al consejo otra pregunta en esta conversación (Ctrl+Enter)…</translation>
    </message>
    <message>
        <source>Ask {model}:</source>
        <translation>Preguntar a {model}:</translation>
    </message>
    <message>
        <source>Ask {model}</source>
        <translation>Preguntar a {model}</translation>
    </message>
    <message>
        <source>Ask {model} alone</source>
        <translation>Preguntar solo a {model}</translation>
    </message>
    <message>
        <source>{model} alone answers with the conversation so far: no review, no synthesis (Ctrl+Enter)</source>
        <translation>Solo {model} responde con la conversación hasta ahora: sin revisión ni síntesis (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>A question for {model} alone (Ctrl+Enter)…</source>
        <translation>Una pregunta solo para {model} (Ctrl+Enter)…</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>MMM dd HH:mm</source>
        <comment>QLocale date format of a run this year: Nov 20 14:05</comment>
        <translation>dd MMM HH:mm</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale date format of a month&apos;s group in the history: March 2025</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>{status}, degraded</source>
        <translation>{status}, degradada</translation>
    </message>
    <message>
        <source>{title}
{when} — {status}
Council: {members}
{tokens} tokens, {cost}</source>
        <translation>{title}
{when} — {status}
Consejo: {members}
{tokens} tokens, {cost}</translation>
    </message>
    <message>
        <source>{title}. {status}. {details}</source>
        <translation>{title}. {status}. {details}</translation>
    </message>
    <message>
        <source>Pinned. {text}</source>
        <translation>Fijada. {text}</translation>
    </message>
    <message>
        <source>{group}: {text}</source>
        <translation>{group}: {text}</translation>
    </message>
    <message>
        <source>{n} model</source>
        <translation>{n} modelo</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} modelos</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search history (Ctrl+K)</source>
        <translation>Buscar en el historial (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Shows only runs whose question, answers or final answer contain every word typed here.</source>
        <translation>Muestra solo las ejecuciones cuya pregunta, respuestas o respuesta final contienen todas las palabras escritas aquí.</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
        <source>Pinned runs first, then the newest, grouped by date. Enter opens a run, F2 renames it, Delete removes it; the context menu (Menu key) has Ask again, Pin, Export and Rename. Shift or Ctrl with a click or an arrow selects several runs to export or delete together.</source>
        <translation>Primero las ejecuciones fijadas, luego las más recientes, agrupadas por fecha. Enter abre una ejecución, F2 le cambia el nombre, Delete la elimina; el menú contextual (tecla Menu) tiene Preguntar de nuevo, Fijar, Exportar y Renombrar. Shift o Ctrl con un clic o una flecha selecciona varias ejecuciones para exportarlas o eliminarlas juntas.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete the selected run from the history (Delete)</source>
        <translation>Eliminar la ejecución seleccionada del historial (Delete)</translation>
    </message>
    <message>
        <source>Rename the selected run (in the history list)</source>
        <translation>Renombrar la ejecución seleccionada (en la lista del historial)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Open the selected run (in the history list)</source>
        <translation>Abrir la ejecución seleccionada (en la lista del historial)</translation>
    </message>
    <message>
        <source>Delete the selected run, after asking (in the history list)</source>
        <translation>Eliminar la ejecución seleccionada, tras confirmar (en la lista del historial)</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Error al eliminar</translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation>Acciones de la ejecución</translation>
    </message>
    <message>
        <source>Export {n} runs…</source>
        <translation>Exportar {n} ejecuciones…</translation>
    </message>
    <message>
        <source>Delete {n} runs…</source>
        <translation>Eliminar {n} ejecuciones…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Preguntar de nuevo</translation>
    </message>
    <message>
        <source>Rename…	F2</source>
        <translation>Renombrar…	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Eliminar ejecuciones</translation>
    </message>
    <message>
        <source>Delete {n} runs from the history? This cannot be undone.</source>
        <translation>¿Eliminar {n} ejecuciones del historial? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete “{title}” from the history? This cannot be undone.</source>
        <translation>¿Eliminar “{title}” del historial? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>No runs match “{search}”.</source>
        <translation>Ninguna ejecución coincide con “{search}”.</translation>
    </message>
    <message>
        <source>No runs yet: ask the council a question.</source>
        <translation>Aún no hay ejecuciones: haga una pregunta al consejo.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
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
        <translation>Exportar ejecución</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryRowDelegate</name>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>{n} model</source>
        <translation>{n} modelo</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} modelos</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>•••••••• saved in the system keyring — type a new key to replace it</source>
        <translation>•••••••• guardada en el llavero del sistema — escriba una clave nueva para sustituirla</translation>
    </message>
    <message>
        <source>•••••••• kept for this session only — type a new key to replace it</source>
        <translation>•••••••• conservada solo para esta sesión — escriba una clave nueva para sustituirla</translation>
    </message>
    <message>
        <source>set by {env} — a key typed here is saved, but {env} wins while it is set</source>
        <translation>definida por {env} — una clave escrita aquí se guarda, pero {env} prevalece mientras esté definida</translation>
    </message>
    <message>
        <source>Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter API key (create one at openrouter.ai/keys). Paste it below: it is kept in your system keyring, never in a file. Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.</source>
        <translation>Bienvenido a LLM Council. El consejo consulta a varios modelos a través de OpenRouter, por lo que necesita una clave de API de OpenRouter (cree una en openrouter.ai/keys). Péguela abajo: se guarda en el llavero del sistema, nunca en un archivo. Los modelos servidos por un proveedor local (Ollama, LM Studio, llama.cpp) no necesitan clave.</translation>
    </message>
    <message>
        <source>Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter API key (create one at openrouter.ai/keys). Paste it below: no system keyring was found on this computer, so the key is kept for this session only and never written to a file (set {env} to use a key without a keyring). Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.</source>
        <translation>Bienvenido a LLM Council. El consejo consulta a varios modelos a través de OpenRouter, por lo que necesita una clave de API de OpenRouter (cree una en openrouter.ai/keys). Péguela abajo: no se ha encontrado ningún llavero del sistema en este equipo, así que la clave se conserva solo para esta sesión y nunca se escribe en un archivo (defina {env} para usar una clave sin llavero). Los modelos servidos por un proveedor local (Ollama, LM Studio, llama.cpp) no necesitan clave.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>Clave de API de OpenRouter</translation>
    </message>
    <message>
        <source>Masked. Leave empty to keep the saved key.</source>
        <translation>Oculta. Déjela vacía para conservar la clave guardada.</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;{url}&quot;&gt;openrouter.ai/keys&lt;/a&gt; (opens your browser).</source>
        <translation>Cree una clave en &lt;a href=&quot;{url}&quot;&gt;openrouter.ai/keys&lt;/a&gt; (se abre en su navegador).</translation>
    </message>
    <message>
        <source>Create a key at openrouter.ai/keys</source>
        <translation>Crear una clave en openrouter.ai/keys</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Estado de la clave</translation>
    </message>
    <message>
        <source>Keyring notice</source>
        <translation>Aviso del llavero</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>Probar clave</translation>
    </message>
    <message>
        <source>Test the OpenRouter key</source>
        <translation>Probar la clave de OpenRouter</translation>
    </message>
    <message>
        <source>Forget saved key</source>
        <translation>Olvidar clave guardada</translation>
    </message>
    <message>
        <source>Forget the saved OpenRouter key</source>
        <translation>Olvidar la clave de OpenRouter guardada</translation>
    </message>
    <message>
        <source>Key test result</source>
        <translation>Resultado de la prueba de la clave</translation>
    </message>
    <message>
        <source>OpenRouter API key:</source>
        <translation>Clave de API de OpenRouter:</translation>
    </message>
    <message>
        <source>A key is set by the environment variable {env}; it is used instead of a saved one.</source>
        <translation>Hay una clave definida por la variable de entorno {env}; se usa en lugar de una guardada.</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring (hidden). Type a new one to replace it.</source>
        <translation>Hay una clave guardada en el llavero del sistema (oculta). Escriba una nueva para sustituirla.</translation>
    </message>
    <message>
        <source>A key is kept for this session only (hidden): it is not saved.</source>
        <translation>Hay una clave conservada solo para esta sesión (oculta): no se guarda.</translation>
    </message>
    <message>
        <source>No key is set yet.</source>
        <translation>Aún no hay ninguna clave definida.</translation>
    </message>
    <message>
        <source>The saved key will be forgotten when you save.</source>
        <translation>La clave guardada se olvidará al guardar.</translation>
    </message>
    <message>
        <source>The key you typed works. Press Save to keep it (kept in the system keyring).</source>
        <translation>La clave que ha escrito funciona. Pulse Guardar para conservarla (se guarda en el llavero del sistema).</translation>
    </message>
    <message>
        <source>Press Save to keep the key you typed (kept in the system keyring); Test key checks it first.</source>
        <translation>Pulse Guardar para conservar la clave que ha escrito (se guarda en el llavero del sistema); Probar clave la comprueba antes.</translation>
    </message>
    <message>
        <source>The key you typed works. Press Save to keep it (kept for this session only).</source>
        <translation>La clave que ha escrito funciona. Pulse Guardar para conservarla (solo para esta sesión).</translation>
    </message>
    <message>
        <source>Press Save to keep the key you typed (kept for this session only); Test key checks it first.</source>
        <translation>Pulse Guardar para conservar la clave que ha escrito (solo para esta sesión); Probar clave la comprueba antes.</translation>
    </message>
    <message>
        <source>✗ No key to test: type one first.</source>
        <translation>✗ No hay clave que probar: escriba una primero.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Probando la clave…</translation>
    </message>
    <message>
        <source>✗ The key check failed: {reason}</source>
        <translation>✗ La comprobación de la clave falló: {reason}</translation>
    </message>
</context>
<context>
    <name>LazyPaneTabs</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>{name}: members</source>
        <translation>{name}: miembros</translation>
    </message>
</context>
<context>
    <name>LineageBar</name>
    <message>
        <source>asked again {models}</source>
        <translation>se preguntó de nuevo a {models}</translation>
    </message>
    <message>
        <source>re-asked reviewers {models}</source>
        <translation>se volvió a preguntar a los revisores {models}</translation>
    </message>
    <message>
        <source>re-asked reviewer {models}</source>
        <translation>se volvió a preguntar al revisor {models}</translation>
    </message>
    <message>
        <source>new synthesis by {model}</source>
        <translation>nueva síntesis de {model}</translation>
    </message>
    <message>
        <source>‹ the earlier run (deleted)</source>
        <translation>‹ la ejecución anterior (eliminada)</translation>
    </message>
    <message>
        <source>Open the run this one re-ran</source>
        <translation>Abrir la ejecución que esta volvió a ejecutar</translation>
    </message>
    <message>
        <source>Open the run this one follows up</source>
        <translation>Abrir la ejecución a la que esta da seguimiento</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>se preguntó de nuevo</translation>
    </message>
    <message>
        <source>Re-run: {what} — the rest reused from</source>
        <translation>Reejecución: {what} — el resto reutilizado de</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Seguimiento de</translation>
    </message>
    <message>
        <source>re-run: {what} · {date}</source>
        <translation>reejecución: {what} · {date}</translation>
    </message>
    <message>
        <source>Open this re-run</source>
        <translation>Abrir esta reejecución</translation>
    </message>
    <message>
        <source>follow-up: {title} · {date}</source>
        <translation>seguimiento: {title} · {date}</translation>
    </message>
    <message>
        <source>Open this follow-up</source>
        <translation>Abrir este seguimiento</translation>
    </message>
    <message>
        <source>Run lineage</source>
        <translation>Linaje de la ejecución</translation>
    </message>
    <message>
        <source>Where this run comes from</source>
        <translation>De dónde viene esta ejecución</translation>
    </message>
    <message>
        <source>Prompts…</source>
        <translation>Prompts…</translation>
    </message>
    <message>
        <source>Show the prompts this run&apos;s models were given</source>
        <translation>Mostrar los prompts que recibieron los modelos de esta ejecución</translation>
    </message>
    <message>
        <source>The exact prompt templates this run&apos;s models were given</source>
        <translation>Las plantillas de prompt exactas que recibieron los modelos de esta ejecución</translation>
    </message>
    <message>
        <source>From this run:</source>
        <translation>De esta ejecución:</translation>
    </message>
    <message>
        <source>Conversation · {n} questions</source>
        <translation>Conversación · {n} preguntas</translation>
    </message>
    <message>
        <source>All {n} versions</source>
        <translation>Las {n} versiones</translation>
    </message>
    <message>
        <source>Show the whole conversation, each question with its council&apos;s answer</source>
        <translation>Mostrar la conversación completa, cada pregunta con la respuesta de su consejo</translation>
    </message>
    <message>
        <source>Prompts (edited)…</source>
        <translation>Prompts (editados)…</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>it is not a complete web address</source>
        <translation>no es una dirección web completa</translation>
    </message>
    <message>
        <source>the web address has no host</source>
        <translation>la dirección web no tiene host</translation>
    </message>
    <message>
        <source>“{scheme}:” links can open files or run programs on this computer</source>
        <translation>los enlaces “{scheme}:” pueden abrir archivos o ejecutar programas en este equipo</translation>
    </message>
    <message>
        <source>Write an email with your mail program?

To: {host}

{url}</source>
        <translation>¿Escribir un correo con su programa de correo?

Para: {host}

{url}</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

Site: {host}

{url}</source>
        <translation>¿Abrir este enlace en su navegador web?

Sitio: {host}

{url}</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <source>This link was not opened: {reason}. Only web (http, https) and email (mailto) links are opened from an answer.

{url}</source>
        <translation>Este enlace no se ha abierto: {reason}. Desde una respuesta solo se abren enlaces web (http, https) y de correo (mailto).

{url}</translation>
    </message>
</context>
<context>
    <name>LiveRunBar</name>
    <message>
        <source>You are looking at a past run. The council you started goes on: {stage}.</source>
        <translation>Está viendo una ejecución anterior. El consejo que inició sigue en marcha: {stage}.</translation>
    </message>
    <message>
        <source>You are looking at a past run. The run you started has ended: {stage}.</source>
        <translation>Está viendo una ejecución anterior. La ejecución que inició ha terminado: {stage}.</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>Ejecución en directo</translation>
    </message>
    <message>
        <source>Back to the live run</source>
        <translation>Volver a la ejecución en directo</translation>
    </message>
    <message>
        <source>Show the run you started</source>
        <translation>Mostrar la ejecución que inició</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Running the council…  (Esc cancels)</source>
        <translation>Ejecutando el consejo…  (Esc cancela)</translation>
    </message>
    <message>
        <source>{problem}. Using the default settings; saving will replace the file.</source>
        <translation>{problem}. Se usa la configuración predeterminada; al guardar se sustituirá el archivo.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run the council</source>
        <translation>Ejecutar el consejo</translation>
    </message>
    <message>
        <source>Run the council (Ctrl+Enter)</source>
        <translation>Ejecutar el consejo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir la configuración</translation>
    </message>
    <message>
        <source>Key, council members, providers, timeouts (Ctrl+,)</source>
        <translation>Clave, miembros del consejo, proveedores, tiempos de espera (Ctrl+,)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Estado de la clave</translation>
    </message>
    <message>
        <source>&amp;New question:</source>
        <translation>&amp;Nueva pregunta:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation>&amp;Consejo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Settings (key, council, providers, timeouts)</source>
        <translation>Configuración (clave, consejo, proveedores, tiempos de espera)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit (a running council is cancelled first)</source>
        <translation>Salir (primero se cancela el consejo en curso)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run the council on the prompt</source>
        <translation>Ejecutar el consejo con el prompt</translation>
    </message>
    <message>
        <source>Run (a council is already running)</source>
        <translation>Ejecutar (ya hay un consejo en curso)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Ca&amp;ncelar ejecución</translation>
    </message>
    <message>
        <source>Cancel the running council</source>
        <translation>Cancelar el consejo en curso</translation>
    </message>
    <message>
        <source>Synthesize &amp;now</source>
        <translation>Sintetizar &amp;ahora</translation>
    </message>
    <message>
        <source>End this stage with the members that have finished; the council goes on</source>
        <translation>Terminar esta etapa con los miembros que han acabado; el consejo continúa</translation>
    </message>
    <message>
        <source>Synthesize now: end the current stage with the members that have finished</source>
        <translation>Sintetizar ahora: terminar la etapa actual con los miembros que han acabado</translation>
    </message>
    <message>
        <source>S&amp;kip selected model</source>
        <translation>&amp;Omitir modelo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Focus prompt</source>
        <translation>Ir al &amp;prompt</translation>
    </message>
    <message>
        <source>Focus the prompt</source>
        <translation>Poner el foco en el prompt</translation>
    </message>
    <message>
        <source>&amp;Final answer</source>
        <translation>Respuesta &amp;final</translation>
    </message>
    <message>
        <source>Show the final answer</source>
        <translation>Mostrar la respuesta final</translation>
    </message>
    <message>
        <source>&amp;Answers (stage 1)</source>
        <translation>&amp;Respuestas (etapa 1)</translation>
    </message>
    <message>
        <source>Show the answers (stage 1)</source>
        <translation>Mostrar las respuestas (etapa 1)</translation>
    </message>
    <message>
        <source>&amp;Peer review (stage 2)</source>
        <translation>Re&amp;visión por pares (etapa 2)</translation>
    </message>
    <message>
        <source>Show the peer review (stage 2)</source>
        <translation>Mostrar la revisión por pares (etapa 2)</translation>
    </message>
    <message>
        <source>&amp;Copy final answer</source>
        <translation>&amp;Copiar respuesta final</translation>
    </message>
    <message>
        <source>Copy the final answer</source>
        <translation>Copiar la respuesta final</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show or hide the history</source>
        <translation>Mostrar u ocultar el historial</translation>
    </message>
    <message>
        <source>Back to the &amp;live run</source>
        <translation>Volver a la ejecución en &amp;directo</translation>
    </message>
    <message>
        <source>Back to the live run (while looking at a past run)</source>
        <translation>Volver a la ejecución en directo (al ver una ejecución anterior)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>Local council: no OpenRouter key needed</source>
        <translation>Consejo local: no se necesita clave de OpenRouter</translation>
    </message>
    <message>
        <source>OpenRouter key: from {env}</source>
        <translation>Clave de OpenRouter: de {env}</translation>
    </message>
    <message>
        <source>OpenRouter key: in the system keyring</source>
        <translation>Clave de OpenRouter: en el llavero del sistema</translation>
    </message>
    <message>
        <source>OpenRouter key: this session only (not saved)</source>
        <translation>Clave de OpenRouter: solo esta sesión (no guardada)</translation>
    </message>
    <message>
        <source>No OpenRouter key — open Settings</source>
        <translation>Sin clave de OpenRouter — abra Configuración</translation>
    </message>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): {ids}. The council runs anyway.</source>
        <translation>No están en la lista de modelos de OpenRouter (¿retirados o mal escritos?): {ids}. El consejo se ejecuta de todos modos.</translation>
    </message>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>¿Enviar la clave sin cifrar?</translation>
    </message>
    <message>
        <source>This council sends an API key over plain http:// (not encrypted) to another machine:

{where}

Anyone on the networks in between could read the key. Use an https:// address if the server has one. Send it anyway for this session?</source>
        <translation>Este consejo envía una clave de API por http:// simple (sin cifrar) a otra máquina:

{where}

Cualquiera en las redes intermedias podría leer la clave. Use una dirección https:// si el servidor la tiene. ¿Enviarla de todos modos durante esta sesión?</translation>
    </message>
    <message>
        <source>No OpenRouter API key yet: add one in Settings (or set {env}).</source>
        <translation>Aún no hay clave de API de OpenRouter: añada una en Configuración (o defina {env}).</translation>
    </message>
    <message>
        <source>The council cannot start.</source>
        <translation>El consejo no puede iniciarse.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Ending this stage with the members that have finished…</source>
        <translation>Terminando esta etapa con los miembros que han acabado…</translation>
    </message>
    <message>
        <source>Nothing to end early: no member has finished this stage yet, or every member has.</source>
        <translation>Nada que terminar antes: ningún miembro ha acabado aún esta etapa, o ya la han acabado todos.</translation>
    </message>
    <message>
        <source>Skipping {model}…</source>
        <translation>Omitiendo {model}…</translation>
    </message>
    <message>
        <source>{model} is not running.</source>
        <translation>{model} no se está ejecutando.</translation>
    </message>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): {ids}. Check Settings → Council.</source>
        <translation>No están en la lista de modelos de OpenRouter (¿retirados o mal escritos?): {ids}. Revise Configuración → Consejo.</translation>
    </message>
    <message>
        <source>Run complete.</source>
        <translation>Ejecución completada.</translation>
    </message>
    <message>
        <source>Run failed.</source>
        <translation>Ejecución fallida.</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Ejecución cancelada.</translation>
    </message>
    <message>
        <source>Run interrupted.</source>
        <translation>Ejecución interrumpida.</translation>
    </message>
    <message>
        <source>Run {status}.</source>
        <translation>Ejecución {status}.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>{app} {version}

One question to a council of LLMs: independent answers, anonymous peer review, and a chairman&apos;s synthesis — live.</source>
        <translation>{app} {version}

Una pregunta a un consejo de LLM: respuestas independientes, revisión por pares anónima y la síntesis de un presidente — en directo.</translation>
    </message>
    <message>
        <source>This run cannot be opened: {error}</source>
        <translation>No se puede abrir esta ejecución: {error}</translation>
    </message>
    <message>
        <source>This run is no longer in the history.</source>
        <translation>Esta ejecución ya no está en el historial.</translation>
    </message>
    <message>
        <source>Asking again with that run&apos;s council: {members} (chairman {chairman}). The council bar&apos;s ✕ goes back to {base}.</source>
        <translation>Preguntando de nuevo con el consejo de esa ejecución: {members} (presidente {chairman}). El ✕ de la barra del consejo vuelve a {base}.</translation>
    </message>
    <message>
        <source>These runs cannot be exported: {error}</source>
        <translation>No se pueden exportar estas ejecuciones: {error}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the run on screen (or the runs selected in the history) to a file</source>
        <translation>Guardar en un archivo la ejecución en pantalla (o las ejecuciones seleccionadas en el historial)</translation>
    </message>
    <message>
        <source>Export the run on screen, or the runs selected in the history</source>
        <translation>Exportar la ejecución en pantalla o las ejecuciones seleccionadas en el historial</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add runs from a JSON export to the history (or drop the file here)</source>
        <translation>Añadir al historial ejecuciones de una exportación JSON (o soltar el archivo aquí)</translation>
    </message>
    <message>
        <source>Import runs from a JSON export</source>
        <translation>Importar ejecuciones de una exportación JSON</translation>
    </message>
    <message>
        <source>Nothing to export yet: run the council, or open a run from the history.</source>
        <translation>Aún no hay nada que exportar: ejecute el consejo o abra una ejecución del historial.</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {reason}.</source>
        <translation>No se pudo escribir la exportación en {path}: {reason}.</translation>
    </message>
    <message>
        <source>The run was exported to {path}.</source>
        <translation>La ejecución se exportó a {path}.</translation>
    </message>
    <message>
        <source>{n} runs were exported to {path}.</source>
        <translation>Se exportaron {n} ejecuciones a {path}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importar ejecuciones</translation>
    </message>
    <message>
        <source>JSON exports (*.json)</source>
        <translation>Exportaciones JSON (*.json)</translation>
    </message>
    <message>
        <source>Runs cannot be imported: the history is not available in this session.</source>
        <translation>No se pueden importar ejecuciones: el historial no está disponible en esta sesión.</translation>
    </message>
    <message>
        <source>&amp;Find in answer…</source>
        <translation>&amp;Buscar en la respuesta…</translation>
    </message>
    <message>
        <source>Find in the answer on screen</source>
        <translation>Buscar en la respuesta en pantalla</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <source>Larger answer text</source>
        <translation>Texto de respuesta más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Red&amp;ucir</translation>
    </message>
    <message>
        <source>Smaller answer text</source>
        <translation>Texto de respuesta más pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Answer text at its normal size</source>
        <translation>Texto de respuesta a su tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Actual size (now {percent} %)</source>
        <translation>&amp;Tamaño real (ahora {percent} %)</translation>
    </message>
    <message>
        <source>Copied the code.</source>
        <translation>Código copiado.</translation>
    </message>
    <message>
        <source>Copied the final answer: pasted as text it is Markdown, in a word processor it keeps its formatting.</source>
        <translation>Respuesta final copiada: pegada como texto es Markdown; en un procesador de textos conserva su formato.</translation>
    </message>
    <message>
        <source>The question is in the prompt box: change it and press Ctrl+Enter.</source>
        <translation>La pregunta está en el cuadro del prompt: modifíquela y pulse Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Cancel the run (Esc)</source>
        <translation>Cancelar la ejecución (Esc)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
</context>
<context>
    <name>MarkdownPane</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copiado</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} imágenes</translation>
    </message>
    <message>
        <source>a line of {size}</source>
        <translation>una línea de {size}</translation>
    </message>
    <message>
        <source>lists or quotes nested {n} deep on one line</source>
        <translation>listas o citas anidadas {n} niveles en una línea</translation>
    </message>
    <message>
        <source>a paragraph of {size}</source>
        <translation>un párrafo de {size}</translation>
    </message>
    <message>
        <source>tables with more than {n} cells</source>
        <translation>tablas con más de {n} celdas</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caracteres</translation>
    </message>
    <message>
        <source>Shown as plain text: the answer is too large to format ({reason}).</source>
        <translation>Se muestra como texto sin formato: la respuesta es demasiado grande para darle formato ({reason}).</translation>
    </message>
    <message>
        <source>{name} details</source>
        <translation>Detalles de {name}</translation>
    </message>
    <message>
        <source>{name} format note</source>
        <translation>Nota de formato de {name}</translation>
    </message>
    <message>
        <source>Copy {name}</source>
        <translation>Copiar {name}</translation>
    </message>
    <message>
        <source>Copy {name} to the clipboard (as Markdown)</source>
        <translation>Copiar {name} al portapapeles (como Markdown)</translation>
    </message>
    <message>
        <source>✓ Code copied</source>
        <translation>✓ Código copiado</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiado al portapapeles</translation>
    </message>
    <message>
        <source>1 table too large to format shown as aligned text.</source>
        <translation>1 tabla demasiado grande para formatear se muestra como texto alineado.</translation>
    </message>
    <message>
        <source>{n} tables too large to format shown as aligned text.</source>
        <translation>{n} tablas demasiado grandes para formatear se muestran como texto alineado.</translation>
    </message>
</context>
<context>
    <name>MemberPane</name>
    <message>
        <source>{model} gave no answer: {reason}.</source>
        <translation>{model} no dio ninguna respuesta: {reason}.</translation>
    </message>
    <message>
        <source>{model} gave no review: {reason}.</source>
        <translation>{model} no dio ninguna revisión: {reason}.</translation>
    </message>
    <message>
        <source>{model} gave no synthesis: {reason}.</source>
        <translation>{model} no dio ninguna síntesis: {reason}.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Aún no ha empezado.</translation>
    </message>
    <message>
        <source>Queued at its provider…</source>
        <translation>En cola en su proveedor…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation>Esperando las primeras palabras…</translation>
    </message>
    <message>
        <source>{name}: partial text</source>
        <translation>{name}: texto parcial</translation>
    </message>
    <message>
        <source>Show {name}: reasoning</source>
        <translation>Mostrar {name}: razonamiento</translation>
    </message>
    <message>
        <source>{name}: reasoning</source>
        <translation>{name}: razonamiento</translation>
    </message>
    <message>
        <source>{glyph} {mark}. This is what it wrote before it stopped.</source>
        <translation>{glyph} {mark}. Esto es lo que escribió antes de detenerse.</translation>
    </message>
    <message>
        <source>What you can do: {remedy}</source>
        <translation>Qué puede hacer: {remedy}</translation>
    </message>
    <message>
        <source>{model} gave no {noun}: {reason}.</source>
        <translation>{model} no dio ninguna {noun}: {reason}.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Reasoning · {count} token</source>
        <translation>Razonamiento · {count} token</translation>
    </message>
    <message>
        <source>Reasoning · {count} tokens</source>
        <translation>Razonamiento · {count} tokens</translation>
    </message>
    <message>
        <source>Hide {name}: reasoning</source>
        <translation>Ocultar {name}: razonamiento</translation>
    </message>
</context>
<context>
    <name>MemberTabs</name>
    <message>
        <source>{model}&apos;s answer</source>
        <extracomment>A member&apos;s page is built ahead (see :meth:`MemberTabs.prepare_spare`), and again this long after it was taken, in a turn of its own: a run&apos;s start then shows its first page without building it (~8 ms in the pass that also adds 16 rows).</extracomment>
        <translation>Respuesta de {model}</translation>
    </message>
    <message>
        <source>{model}&apos;s review</source>
        <translation>Revisión de {model}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): </source>
        <translation>No están en la lista de modelos de OpenRouter (¿retirados o mal escritos?): </translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Miembros del consejo</translation>
    </message>
    <message>
        <source>The models that answer, review each other and are ranked.</source>
        <translation>Los modelos que responden, se revisan entre sí y se clasifican.</translation>
    </message>
    <message>
        <source>vendor/model or model@provider</source>
        <translation>proveedor/modelo o modelo@proveedor</translation>
    </message>
    <message>
        <source>Model id to add</source>
        <translation>ID de modelo que añadir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the typed model id</source>
        <translation>Añadir el ID de modelo escrito</translation>
    </message>
    <message>
        <source>Pick from OpenRouter…</source>
        <translation>Elegir de OpenRouter…</translation>
    </message>
    <message>
        <source>Pick members from OpenRouter&apos;s model list</source>
        <translation>Elegir miembros de la lista de modelos de OpenRouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Quitar el miembro seleccionado</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected member up</source>
        <translation>Subir el miembro seleccionado</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected member down</source>
        <translation>Bajar el miembro seleccionado</translation>
    </message>
    <message>
        <source>Chairman model</source>
        <translation>Modelo presidente</translation>
    </message>
    <message>
        <source>Any model id, a member or not; typed or picked from OpenRouter&apos;s list.</source>
        <translation>Cualquier ID de modelo, sea miembro o no; escrito o elegido de la lista de OpenRouter.</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Pick the chairman from OpenRouter&apos;s model list</source>
        <translation>Elegir el presidente de la lista de modelos de OpenRouter</translation>
    </message>
    <message>
        <source>Pick the chairman from OpenRouter&apos;s model list (any model, not only a member)</source>
        <translation>Elegir el presidente de la lista de modelos de OpenRouter (cualquier modelo, no solo un miembro)</translation>
    </message>
    <message>
        <source>Chairman check</source>
        <translation>Comprobación del presidente</translation>
    </message>
    <message>
        <source>Unknown model ids</source>
        <translation>IDs de modelo desconocidos</translation>
    </message>
    <message>
        <source>&amp;Chairman:</source>
        <translation>&amp;Presidente:</translation>
    </message>
    <message>
        <source>Members answer in stage 1 and review each other in stage 2; the chairman — any model, a member or not — writes the final answer. Use model@provider for a model served by an extra provider.</source>
        <translation>Los miembros responden en la etapa 1 y se revisan entre sí en la etapa 2; el presidente — cualquier modelo, sea miembro o no — escribe la respuesta final. Use modelo@proveedor para un modelo servido por un proveedor adicional.</translation>
    </message>
    <message>
        <source>Pick the chairman</source>
        <translation>Elegir el presidente</translation>
    </message>
    <message>
        <source>⚠ {model}  (not in OpenRouter&apos;s list)</source>
        <translation>⚠ {model}  (no está en la lista de OpenRouter)</translation>
    </message>
    <message>
        <source>{model} is not in OpenRouter&apos;s model list: it may be retired or mistyped.</source>
        <translation>{model} no está en la lista de modelos de OpenRouter: puede estar retirado o mal escrito.</translation>
    </message>
    <message>
        <source>⚠ not in OpenRouter&apos;s list</source>
        <translation>⚠ no está en la lista de OpenRouter</translation>
    </message>
    <message>
        <source>{model} (chairman)</source>
        <translation>{model} (presidente)</translation>
    </message>
    <message>
        <source>Model ids are checked once OpenRouter&apos;s model list has been fetched (the app fetches it at start when online; or Pick from OpenRouter… → Refresh).</source>
        <translation>Los IDs de modelo se comprueban una vez obtenida la lista de modelos de OpenRouter (la aplicación la obtiene al iniciarse si hay conexión; o Elegir de OpenRouter… → Actualizar).</translation>
    </message>
</context>
<context>
    <name>ModelChoiceDialog</name>
    <message>
        <source>Model choice problem</source>
        <translation>Problema al elegir el modelo</translation>
    </message>
    <message>
        <source>Type a model id (vendor/model, or model@provider).</source>
        <translation>Escriba un ID de modelo (proveedor/modelo o modelo@proveedor).</translation>
    </message>
    <message>
        <source>{model} is already in this council.</source>
        <translation>{model} ya está en este consejo.</translation>
    </message>
</context>
<context>
    <name>ModelListView</name>
    <message>
        <source>Council members</source>
        <translation>Miembros del consejo</translation>
    </message>
    <message>
        <source>One row per model in the current stage, with its status in words. Enter opens a model&apos;s text; Delete or the context menu skips a running model.</source>
        <translation>Una fila por modelo en la etapa actual, con su estado en palabras. Enter abre el texto de un modelo; Delete o el menú contextual omite un modelo en ejecución.</translation>
    </message>
    <message>
        <source>Skip the selected model while it runs (in the model list)</source>
        <translation>Omitir el modelo seleccionado mientras se ejecuta (en la lista de modelos)</translation>
    </message>
    <message>
        <source>Open that model&apos;s answer (on a row of the model list, after stage 1)</source>
        <translation>Abrir la respuesta de ese modelo (en una fila de la lista de modelos, después de la etapa 1)</translation>
    </message>
    <message>
        <source>Skip {model}</source>
        <translation>Omitir {model}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Copy model id</source>
        <translation>Copiar ID del modelo</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>ID del modelo</translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation>Entrada $/M</translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation>Salida $/M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Your favourites (Ctrl+D stars the selected models): listed first; “Favourites only” shows just them</source>
        <translation>Sus favoritos (Ctrl+D marca con estrella los modelos seleccionados): aparecen primero; “Solo favoritos” muestra solo esos</translation>
    </message>
    <message>
        <source>The model&apos;s name on OpenRouter</source>
        <translation>El nombre del modelo en OpenRouter</translation>
    </message>
    <message>
        <source>The id the council uses</source>
        <translation>El ID que usa el consejo</translation>
    </message>
    <message>
        <source>Price per million tokens of the question (what the model reads)</source>
        <translation>Precio por millón de tokens de la pregunta (lo que lee el modelo)</translation>
    </message>
    <message>
        <source>Price per million tokens of the answer (what the model writes)</source>
        <translation>Precio por millón de tokens de la respuesta (lo que escribe el modelo)</translation>
    </message>
    <message>
        <source>How many tokens the model can read and write in one request</source>
        <translation>Cuántos tokens puede leer y escribir el modelo en una solicitud</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>in {prompt} / out {completion} per 1M tokens</source>
        <translation>entrada {prompt} / salida {completion} por 1M de tokens</translation>
    </message>
    <message>
        <source>{tokens} context</source>
        <translation>contexto de {tokens}</translation>
    </message>
    <message>
        <source>Pick models</source>
        <translation>Elegir modelos</translation>
    </message>
    <message>
        <source>Pick a model</source>
        <translation>Elegir un modelo</translation>
    </message>
    <message>
        <source>Filter by name or id…</source>
        <translation>Filtrar por nombre o ID…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrar modelos</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>Solo &amp;favoritos</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>Mostrar solo favoritos</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it (price, context, …).</source>
        <translation>Haga clic en el encabezado de una columna para ordenar por ella (precio, contexto, …).</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <source>Star or unstar the selected models as favourites</source>
        <translation>Marcar o desmarcar como favoritos los modelos seleccionados</translation>
    </message>
    <message>
        <source>Star or unstar the selected models (Ctrl+D)</source>
        <translation>Marcar o desmarcar con estrella los modelos seleccionados (Ctrl+D)</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>Estado de la lista de modelos</translation>
    </message>
    <message>
        <source>Refresh from OpenRouter</source>
        <translation>Actualizar desde OpenRouter</translation>
    </message>
    <message>
        <source>Refresh the model list from OpenRouter</source>
        <translation>Actualizar la lista de modelos desde OpenRouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>No model list yet: press Refresh (needs the network).</source>
        <translation>Aún no hay lista de modelos: pulse Actualizar (requiere conexión de red).</translation>
    </message>
    <message>
        <source>{n} model, list from {when}.</source>
        <translation>{n} modelo, lista de {when}.</translation>
    </message>
    <message>
        <source>{n} models, list from {when}.</source>
        <translation>{n} modelos, lista de {when}.</translation>
    </message>
    <message>
        <source>The model list is not available offline yet.</source>
        <translation>La lista de modelos aún no está disponible sin conexión.</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favorito</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Obteniendo la lista de modelos…</translation>
    </message>
    <message>
        <source>{n} model, fetched just now (cached for offline use).</source>
        <translation>{n} modelo, obtenido ahora mismo (guardado en caché para uso sin conexión).</translation>
    </message>
    <message>
        <source>{n} models, fetched just now (cached for offline use).</source>
        <translation>{n} modelos, obtenidos ahora mismo (guardados en caché para uso sin conexión).</translation>
    </message>
    <message>
        <source>The model list could not be fetched: {reason}</source>
        <translation>No se pudo obtener la lista de modelos: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelRowDelegate</name>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
</context>
<context>
    <name>OpenRouterService</name>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Key “{label}” works</source>
        <translation>La clave “{label}” funciona</translation>
    </message>
    <message>
        <source>{remaining} of {limit} left</source>
        <translation>Quedan {remaining} de {limit}</translation>
    </message>
    <message>
        <source>{remaining} left</source>
        <translation>Quedan {remaining}</translation>
    </message>
    <message>
        <source>no credit limit on this key</source>
        <translation>esta clave no tiene límite de crédito</translation>
    </message>
    <message>
        <source>{usage} used</source>
        <translation>{usage} usado</translation>
    </message>
    <message>
        <source>free tier</source>
        <translation>nivel gratuito</translation>
    </message>
    <message>
        <source>No network client is available.</source>
        <translation>No hay ningún cliente de red disponible.</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>review temperature</source>
        <translation>temperatura de revisión</translation>
    </message>
    <message>
        <source>chairman temperature</source>
        <translation>temperatura del presidente</translation>
    </message>
    <message>
        <source>first token timeout</source>
        <translation>tiempo de espera del primer token</translation>
    </message>
    <message>
        <source>total timeout</source>
        <translation>tiempo de espera total</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>máx. de tokens</translation>
    </message>
    <message>
        <source>Council presets</source>
        <translation>Preajustes del consejo</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>Preset details</source>
        <translation>Detalles del preajuste</translation>
    </message>
    <message>
        <source>Presets status</source>
        <translation>Estado de los preajustes</translation>
    </message>
    <message>
        <source>Save current council as…</source>
        <translation>Guardar el consejo actual como…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit prompts…</source>
        <translation>Editar prompts…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Save the council in force as a new preset</source>
        <translation>Guardar el consejo vigente como un nuevo preajuste</translation>
    </message>
    <message>
        <source>Rename the selected preset</source>
        <translation>Renombrar el preajuste seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected preset</source>
        <translation>Eliminar el preajuste seleccionado</translation>
    </message>
    <message>
        <source>Edit the selected preset&apos;s prompts</source>
        <translation>Editar los prompts del preajuste seleccionado</translation>
    </message>
    <message>
        <source>Export presets to a JSON file (no keys)</source>
        <translation>Exportar preajustes a un archivo JSON (sin claves)</translation>
    </message>
    <message>
        <source>Import presets from a JSON file</source>
        <translation>Importar preajustes desde un archivo JSON</translation>
    </message>
    <message>
        <source>{name}  (starter)</source>
        <translation>{name}  (inicial)</translation>
    </message>
    <message>
        <source>{name} — a starter shipped with the app</source>
        <translation>{name} — un preajuste inicial incluido con la aplicación</translation>
    </message>
    <message>
        <source>Members: {members}</source>
        <translation>Miembros: {members}</translation>
    </message>
    <message>
        <source>Chairman: {chairman}</source>
        <translation>Presidente: {chairman}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modo: {mode}</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>Own settings: {settings}</source>
        <translation>Configuración propia: {settings}</translation>
    </message>
    <message>
        <source>Prompts: the defaults</source>
        <translation>Prompts: los predeterminados</translation>
    </message>
    <message>
        <source>Prompts: edited</source>
        <translation>Prompts: editados</translation>
    </message>
    <message>
        <source>✗ Not saved: {reason}</source>
        <translation>✗ No guardado: {reason}</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Un preajuste necesita un nombre.</translation>
    </message>
    <message>
        <source>A preset&apos;s name is one line of at most 80 characters.</source>
        <translation>El nombre de un preajuste es una sola línea de 80 caracteres como máximo.</translation>
    </message>
    <message>
        <source>There is already a preset named “{name}”.</source>
        <translation>Ya existe un preajuste llamado “{name}”.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>Se guardó “{name}”.</translation>
    </message>
    <message>
        <source>✗ Only your own presets can be renamed.</source>
        <translation>✗ Solo se pueden renombrar los preajustes propios.</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>Renombrado a “{name}”.</translation>
    </message>
    <message>
        <source>✗ Starters cannot be deleted.</source>
        <translation>✗ Los preajustes iniciales no se pueden eliminar.</translation>
    </message>
    <message>
        <source>Deleted “{name}” (the starter of that name is back).</source>
        <translation>Se eliminó “{name}” (vuelve el preajuste inicial con ese nombre).</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>Se eliminó “{name}”.</translation>
    </message>
    <message>
        <source>Prompts of “{name}” saved.</source>
        <translation>Se guardaron los prompts de “{name}”.</translation>
    </message>
    <message>
        <source>✗ Cannot write {path}: {reason}</source>
        <translation>✗ No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} preset to {file}.</source>
        <translation>Se exportó {n} preajuste a {file}.</translation>
    </message>
    <message>
        <source>Exported {n} presets to {file}.</source>
        <translation>Se exportaron {n} preajustes a {file}.</translation>
    </message>
    <message>
        <source>the file is too large to be a presets file</source>
        <translation>el archivo es demasiado grande para ser un archivo de preajustes</translation>
    </message>
    <message>
        <source>✗ {file} cannot be imported: {reason}</source>
        <translation>✗ No se puede importar {file}: {reason}</translation>
    </message>
    <message>
        <source>Imported: {names}</source>
        <translation>Importados: {names}</translation>
    </message>
    <message>
        <source>Save council as preset</source>
        <translation>Guardar el consejo como preajuste</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>Nombre del nuevo preajuste:</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renombrar preajuste</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>¿Eliminar el preajuste “{name}”?</translation>
    </message>
    <message>
        <source>Prompts of “{name}”</source>
        <translation>Prompts de “{name}”</translation>
    </message>
    <message>
        <source>Export presets</source>
        <translation>Exportar preajustes</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Importar preajustes</translation>
    </message>
</context>
<context>
    <name>PromptBox</name>
    <message>
        <source>Ask the council a new question…  (Ctrl+Enter runs it, Esc cancels)</source>
        <translation>Haga una nueva pregunta al consejo…  (Ctrl+Enter la ejecuta, Esc cancela)</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>A new question for the council; the question of the run on screen is shown above its results. Ctrl+Enter runs the council.</source>
        <translation>Una nueva pregunta para el consejo; la pregunta de la ejecución en pantalla se muestra encima de sus resultados. Ctrl+Enter ejecuta el consejo.</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Answers (system prompt)</source>
        <translation>Respuestas (prompt del sistema)</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Revisión por pares</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Sent as the system message before each member&apos;s question (stage 1). Empty: no system message.</source>
        <translation>Se envía como mensaje del sistema antes de la pregunta de cada miembro (etapa 1). Vacío: sin mensaje del sistema.</translation>
    </message>
    <message>
        <source>Sent to each reviewer with the other answers, anonymized (stage 2). It must ask for a section that starts with FINAL RANKING: — the ranking is read from it.</source>
        <translation>Se envía a cada revisor junto con las demás respuestas, anonimizadas (etapa 2). Debe pedir una sección que empiece por FINAL RANKING: — de ella se lee la clasificación.</translation>
    </message>
    <message>
        <source>Sent to the chairman with every answer, the reviews and the aggregate ranking (stage 3).</source>
        <translation>Se envía al presidente con todas las respuestas, las revisiones y la clasificación agregada (etapa 3).</translation>
    </message>
    <message>
        <source>No variables: the text is sent as it is.</source>
        <translation>Sin variables: el texto se envía tal cual.</translation>
    </message>
    <message>
        <source>Variables (write $$ for a dollar sign):
{variables}</source>
        <translation>Variables (escriba $$ para un signo de dólar):
{variables}</translation>
    </message>
    <message>
        <source>Prompts note</source>
        <translation>Nota sobre los prompts</translation>
    </message>
    <message>
        <source>These are the default prompts.</source>
        <translation>Estos son los prompts predeterminados.</translation>
    </message>
    <message>
        <source>The prompts this run&apos;s models were given (edited from the defaults).</source>
        <translation>Los prompts que recibieron los modelos de esta ejecución (modificados respecto a los predeterminados).</translation>
    </message>
    <message>
        <source>⚠ Check: {prompts}. Saving keeps them as they are. </source>
        <translation>⚠ Revise: {prompts}. Al guardar se conservan tal como están. </translation>
    </message>
</context>
<context>
    <name>PromptPage</name>
    <message>
        <source>{title} prompt</source>
        <translation>Prompt de {title}</translation>
    </message>
    <message>
        <source>{title} variables</source>
        <translation>Variables de {title}</translation>
    </message>
    <message>
        <source>{title} prompt problems</source>
        <translation>Problemas del prompt de {title}</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer predeterminado</translation>
    </message>
    <message>
        <source>Reset the {title} prompt to the default</source>
        <translation>Restablecer el prompt de {title} al predeterminado</translation>
    </message>
    <message>
        <source>{title} preview: the exact messages sent</source>
        <translation>Vista previa de {title}: los mensajes exactos enviados</translation>
    </message>
    <message>
        <source>Preview — the messages sent for a sample question and answers:</source>
        <translation>Vista previa — los mensajes enviados para una pregunta y respuestas de ejemplo:</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Otro servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>Servidor llama.cpp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>Máx. simultáneas</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Extra providers</source>
        <translation>Proveedores adicionales</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Añadir proveedor</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Añadir un proveedor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Quitar el proveedor seleccionado</translation>
    </message>
    <message>
        <source>API key for the selected provider (optional)</source>
        <translation>Clave de API del proveedor seleccionado (opcional)</translation>
    </message>
    <message>
        <source>API key for the selected provider</source>
        <translation>Clave de API del proveedor seleccionado</translation>
    </message>
    <message>
        <source>Set key</source>
        <translation>Establecer clave</translation>
    </message>
    <message>
        <source>Set the key of the selected provider</source>
        <translation>Establecer la clave del proveedor seleccionado</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Olvidar clave</translation>
    </message>
    <message>
        <source>Forget the key of the selected provider</source>
        <translation>Olvidar la clave del proveedor seleccionado</translation>
    </message>
    <message>
        <source>Provider settings problem</source>
        <translation>Problema en la configuración de proveedores</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Test the connection to the selected provider and list its models</source>
        <translation>Probar la conexión con el proveedor seleccionado y listar sus modelos</translation>
    </message>
    <message>
        <source>Ask the selected provider for its model list</source>
        <translation>Pedir al proveedor seleccionado su lista de modelos</translation>
    </message>
    <message>
        <source>Select a provider and test its connection to see the models it serves.</source>
        <translation>Seleccione un proveedor y pruebe su conexión para ver los modelos que ofrece.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Models the selected provider serves</source>
        <translation>Modelos que ofrece el proveedor seleccionado</translation>
    </message>
    <message>
        <source>Add selected to the council</source>
        <translation>Añadir los seleccionados al consejo</translation>
    </message>
    <message>
        <source>Add the selected models to the council</source>
        <translation>Añadir los modelos seleccionados al consejo</translation>
    </message>
    <message>
        <source>Local or self-hosted OpenAI-compatible servers. A member “model@name” is served by the provider called “name”; requests beyond Max concurrent wait.</source>
        <translation>Servidores locales o autoalojados compatibles con OpenAI. Un miembro “modelo@nombre” lo atiende el proveedor llamado “nombre”; las solicitudes que superen «Máx. simultáneas» esperan.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Select a provider first.</source>
        <translation>Seleccione primero un proveedor.</translation>
    </message>
    <message>
        <source>new (unsaved)</source>
        <translation>nueva (sin guardar)</translation>
    </message>
    <message>
        <source>Row {row}: a provider name must be one word without &apos;@&apos;.</source>
        <translation>Fila {row}: el nombre de un proveedor debe ser una sola palabra sin &apos;@&apos;.</translation>
    </message>
    <message>
        <source>Two providers are called &apos;{name}&apos;.</source>
        <translation>Hay dos proveedores llamados &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Provider &apos;{name}&apos;: the base URL must start with http:// or https://.</source>
        <translation>Proveedor &apos;{name}&apos;: la URL base debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation>La URL base debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>Asking {name} for its models…</source>
        <translation>Pidiendo a {name} sus modelos…</translation>
    </message>
    <message>
        <source>{model} · {tokens}-token context</source>
        <translation>{model} · contexto de {tokens} tokens</translation>
    </message>
    <message>
        <source>Added to the council: {models}. Save to keep it.</source>
        <translation>Añadidos al consejo: {models}. Guarde para conservarlo.</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Question of the run on screen</source>
        <translation>Pregunta de la ejecución en pantalla</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show the whole question</source>
        <translation>Mostrar la pregunta completa</translation>
    </message>
    <message>
        <source>Edit as new question</source>
        <translation>Editar como nueva pregunta</translation>
    </message>
    <message>
        <source>Edit this question as a new question</source>
        <translation>Editar esta pregunta como una nueva pregunta</translation>
    </message>
    <message>
        <source>Copy this question into the prompt box, to change it and ask again</source>
        <translation>Copiar esta pregunta en el cuadro de prompt para modificarla y volver a preguntar</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Final answer</source>
        <translation>Respuesta final</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Revisión por pares</translation>
    </message>
    <message>
        <source>The chairman&apos;s final answer (stage 3) — Ctrl+1</source>
        <translation>La respuesta final del presidente (etapa 3) — Ctrl+1</translation>
    </message>
    <message>
        <source>Every member&apos;s own answer (stage 1) — Ctrl+2</source>
        <translation>La respuesta propia de cada miembro (etapa 1) — Ctrl+2</translation>
    </message>
    <message>
        <source>The members&apos; anonymous reviews and the aggregate ranking (stage 2) — Ctrl+3</source>
        <translation>Las revisiones anónimas de los miembros y la clasificación agregada (etapa 2) — Ctrl+3</translation>
    </message>
    <message>
        <source>{title} · skipped</source>
        <extracomment>How long after a live update a hidden tab catches up, one tab per loop turn: the visible tab is updated at once, and a stage&apos;s end no longer updates all three in one turn (16 members&apos; answers and reviews took ~20 ms).</extracomment>
        <translation>{title} · omitida</translation>
    </message>
    <message>
        <source>Final answer (degraded)</source>
        <translation>Respuesta final (degradada)</translation>
    </message>
    <message>
        <source>Final answer · writing…</source>
        <translation>Respuesta final · escribiendo…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>ReviewTabs</name>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>{title} · no ranking</source>
        <translation>{title} · sin clasificación</translation>
    </message>
    <message>
        <source>{title} · partly parsed</source>
        <translation>{title} · analizada en parte</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>parsed</source>
        <translation>analizada</translation>
    </message>
    <message>
        <source>partly parsed</source>
        <translation>analizada en parte</translation>
    </message>
    <message>
        <source>could not be parsed</source>
        <translation>no se pudo analizar</translation>
    </message>
    <message>
        <source>Ranking: none (could not be parsed)</source>
        <translation>Clasificación: ninguna (no se pudo analizar)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Ranking: none ({status})</source>
        <translation>Clasificación: ninguna ({status})</translation>
    </message>
    <message>
        <source>Ranking ({status}): {ranking}</source>
        <translation>Clasificación ({status}): {ranking}</translation>
    </message>
    <message>
        <source>Stage 2 peer review</source>
        <translation>Revisión por pares de la etapa 2</translation>
    </message>
    <message>
        <source>Peer review notice</source>
        <translation>Aviso de la revisión por pares</translation>
    </message>
    <message>
        <source>Aggregate ranking title</source>
        <translation>Título de la clasificación agregada</translation>
    </message>
    <message>
        <source>⚠ Stage 2 skipped: {notice}</source>
        <translation>⚠ Etapa 2 omitida: {notice}</translation>
    </message>
    <message>
        <source>Aggregate ranking from {used} of {total} review · lower average is better</source>
        <translation>Clasificación agregada de {used} de {total} revisión · un promedio menor es mejor</translation>
    </message>
    <message>
        <source>Aggregate ranking from {used} of {total} reviews · lower average is better</source>
        <translation>Clasificación agregada de {used} de {total} revisiones · un promedio menor es mejor</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Retry {model}</source>
        <translation>Reintentar {model}</translation>
    </message>
    <message>
        <source>Ask this member again; the other answers are reused, then peer review and synthesis run anew</source>
        <translation>Volver a preguntar a este miembro; se reutilizan las demás respuestas y luego se repiten la revisión por pares y la síntesis</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Añadir un miembro…</translation>
    </message>
    <message>
        <source>Ask one more model; the other answers are reused, then peer review and synthesis run anew</source>
        <translation>Preguntar a un modelo más; se reutilizan las demás respuestas y luego se repiten la revisión por pares y la síntesis</translation>
    </message>
    <message>
        <source>Ask {model}…</source>
        <translation>Preguntar a {model}…</translation>
    </message>
    <message>
        <source>Ask this member alone the next question, with the conversation so far</source>
        <translation>Hacer la siguiente pregunta solo a este miembro, con la conversación hasta ahora</translation>
    </message>
    <message>
        <source>Re-ask reviewer {model}</source>
        <translation>Volver a preguntar al revisor {model}</translation>
    </message>
    <message>
        <source>Ask this reviewer again with the same anonymized answers; then a new synthesis</source>
        <translation>Volver a preguntar a este revisor con las mismas respuestas anonimizadas; después, una nueva síntesis</translation>
    </message>
    <message>
        <source>New synthesis…</source>
        <translation>Nueva síntesis…</translation>
    </message>
    <message>
        <source>Ask the chairman (the same or another model) for a new final answer; nothing else is asked</source>
        <translation>Pedir al presidente (el mismo u otro modelo) una nueva respuesta final; no se pregunta nada más</translation>
    </message>
</context>
<context>
    <name>RunActionsBar</name>
    <message>
        <source>Run actions</source>
        <translation>Acciones de la ejecución</translation>
    </message>
    <message>
        <source>Run actions note</source>
        <translation>Nota de las acciones de la ejecución</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A council is already running — Esc cancels it.</source>
        <translation>Ya hay un consejo en ejecución — Esc lo cancela.</translation>
    </message>
    <message>
        <source>{name} at {url}</source>
        <translation>{name} en {url}</translation>
    </message>
    <message>
        <source>Not started: the API key would travel unencrypted (plain http://) to {where}. Use https://, or confirm to send it anyway.</source>
        <translation>No se inició: la clave de API viajaría sin cifrar (http:// simple) a {where}. Use https:// o confirme para enviarla de todos modos.</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>&amp;Models · stage 1</source>
        <translation>&amp;Modelos · etapa 1</translation>
    </message>
    <message>
        <source>&amp;Models · nobody in this stage</source>
        <translation>&amp;Modelos · nadie en esta etapa</translation>
    </message>
    <message>
        <source>&amp;Models · stage {stage}</source>
        <translation>&amp;Modelos · etapa {stage}</translation>
    </message>
    <message>
        <source>&amp;Models · stage {stage}, where the run stopped</source>
        <translation>&amp;Modelos · etapa {stage}, donde se detuvo la ejecución</translation>
    </message>
    <message>
        <source>Stage 1 done: {n} answer — Ctrl+2 shows them.</source>
        <translation>Etapa 1 completada: {n} respuesta — Ctrl+2 la muestra.</translation>
    </message>
    <message>
        <source>Stage 1 done: {n} answers — Ctrl+2 shows them.</source>
        <translation>Etapa 1 completada: {n} respuestas — Ctrl+2 las muestra.</translation>
    </message>
    <message>
        <source>Peer review skipped.</source>
        <translation>Revisión por pares omitida.</translation>
    </message>
    <message>
        <source>Peer review done: {n} review — Ctrl+3 shows them.</source>
        <translation>Revisión por pares completada: {n} revisión — Ctrl+3 la muestra.</translation>
    </message>
    <message>
        <source>Peer review done: {n} reviews — Ctrl+3 shows them.</source>
        <translation>Revisión por pares completada: {n} revisiones — Ctrl+3 las muestra.</translation>
    </message>
    <message>
        <source>The chairman is writing the final answer — Ctrl+1 shows it.</source>
        <translation>El presidente está escribiendo la respuesta final — Ctrl+1 la muestra.</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <extracomment>How long after :meth:`SafeTextBrowser.replace_document` the view paints again (room for another turn&apos;s work). How long one slice of a Markdown build may work before it lets the event loop run. Blocks laid out between two looks at the clock. The size of the parts a long text is parsed in (characters; each part ends at a blank line).</extracomment>
        <translation>[imagen: {alt}]</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Copiar este código</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>How long a model may take to start answering once its request is sent (waiting in a local server&apos;s queue does not count). A model silent for this long is stopped and counted as failed.</source>
        <translation>Cuánto puede tardar un modelo en empezar a responder una vez enviada su solicitud (la espera en la cola de un servidor local no cuenta). Un modelo que permanezca en silencio durante este tiempo se detiene y se cuenta como fallido.</translation>
    </message>
    <message>
        <source>The most one whole answer may take. Long, careful answers and slow local models need more.</source>
        <translation>El tiempo máximo que puede tardar una respuesta completa. Las respuestas largas y cuidadosas y los modelos locales lentos necesitan más.</translation>
    </message>
    <message>
        <source>How adventurous the members&apos; answers are: 0 is the most predictable, around 0.7 the usual, above 1 erratic.</source>
        <translation>Cuán arriesgadas son las respuestas de los miembros: 0 es lo más predecible, alrededor de 0.7 lo habitual, por encima de 1 errático.</translation>
    </message>
    <message>
        <source>For the peer reviews: a low value keeps the rankings consistent and easy to read.</source>
        <translation>Para las revisiones por pares: un valor bajo mantiene las clasificaciones coherentes y fáciles de leer.</translation>
    </message>
    <message>
        <source>For the chairman&apos;s final answer.</source>
        <translation>Para la respuesta final del presidente.</translation>
    </message>
    <message>
        <source>The longest answer a model may write (a token is about three quarters of a word). Paid models reserve credit for this many tokens per request; a local model&apos;s context must hold it and the question.</source>
        <translation>La respuesta más larga que puede escribir un modelo (un token equivale a unas tres cuartas partes de una palabra). Los modelos de pago reservan crédito para esta cantidad de tokens por solicitud; el contexto de un modelo local debe poder contenerla junto con la pregunta.</translation>
    </message>
    <message>
        <source>Stages 1 and 2 end as soon as this many members have finished; the others are stopped (their text is kept). “every member” waits for all.</source>
        <translation>Las etapas 1 y 2 terminan en cuanto han acabado esta cantidad de miembros; los demás se detienen (se conserva su texto). “todos los miembros” espera a todos.</translation>
    </message>
    <message>
        <source>Stages 1 and 2 end this long after they started, with the members that have finished (if none has, with the first that does). “none”: no deadline.</source>
        <translation>Las etapas 1 y 2 terminan este tiempo después de empezar, con los miembros que hayan acabado (si ninguno lo ha hecho, con el primero que acabe). “ninguno”: sin plazo.</translation>
    </message>
    <message>
        <source>Settings — LLM Council</source>
        <translation>Configuración — LLM Council</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>OpenRouter key</source>
        <translation>Clave de OpenRouter</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Timeouts &amp;&amp; temperatures</source>
        <translation>Tiempos de espera &amp;&amp; temperaturas</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problema de configuración</translation>
    </message>
    <message>
        <source>First-token timeout in seconds</source>
        <translation>Tiempo de espera del primer token en segundos</translation>
    </message>
    <message>
        <source>Total timeout in seconds</source>
        <translation>Tiempo de espera total en segundos</translation>
    </message>
    <message>
        <source>Answer temperature</source>
        <translation>Temperatura de respuesta</translation>
    </message>
    <message>
        <source>Review temperature</source>
        <translation>Temperatura de revisión</translation>
    </message>
    <message>
        <source>Chairman temperature</source>
        <translation>Temperatura del presidente</translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation>Máximo de tokens por respuesta</translation>
    </message>
    <message>
        <source>every member</source>
        <translation>todos los miembros</translation>
    </message>
    <message>
        <source> members</source>
        <translation> miembros</translation>
    </message>
    <message>
        <source>Quorum: a stage ends once this many members finished it</source>
        <translation>Quórum: una etapa termina cuando esta cantidad de miembros la ha completado</translation>
    </message>
    <message>
        <source>Stage deadline in seconds</source>
        <translation>Plazo de la etapa en segundos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>First token &amp;within:</source>
        <translation>Primer &amp;token en menos de:</translation>
    </message>
    <message>
        <source>Whole answer w&amp;ithin:</source>
        <translation>Respuesta &amp;completa en menos de:</translation>
    </message>
    <message>
        <source>&amp;Answer temperature (stage 1):</source>
        <translation>Temperatura de &amp;respuesta (etapa 1):</translation>
    </message>
    <message>
        <source>Re&amp;view temperature (stage 2):</source>
        <translation>Temperatura de re&amp;visión (etapa 2):</translation>
    </message>
    <message>
        <source>C&amp;hairman temperature (stage 3):</source>
        <translation>Temperatura del &amp;presidente (etapa 3):</translation>
    </message>
    <message>
        <source>&amp;Max tokens per answer:</source>
        <translation>&amp;Máximo de tokens por respuesta:</translation>
    </message>
    <message>
        <source>End a stage once this many &amp;finished:</source>
        <translation>Terminar la etapa cuando hayan &amp;acabado:</translation>
    </message>
    <message>
        <source>End a stage a&amp;fter:</source>
        <translation>Terminar la etapa &amp;después de:</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer predeterminados</translation>
    </message>
    <message>
        <source>Reset timeouts and temperatures to their defaults</source>
        <translation>Restablecer los tiempos de espera y las temperaturas a sus valores predeterminados</translation>
    </message>
    <message>
        <source>Put every value on this page back to its default (saved when you press Save)</source>
        <translation>Devolver todos los valores de esta página a su valor predeterminado (se guardan al pulsar Guardar)</translation>
    </message>
    <message>
        <source>Add at least one council member.</source>
        <translation>Añada al menos un miembro al consejo.</translation>
    </message>
    <message>
        <source>Choose a chairman.</source>
        <translation>Elija un presidente.</translation>
    </message>
    <message>
        <source>&apos;{model}&apos; names a provider that is not configured on the Providers page.</source>
        <translation>&apos;{model}&apos; indica un proveedor que no está configurado en la página Proveedores.</translation>
    </message>
    <message>
        <source>OpenRouter key: {problem}</source>
        <translation>Clave de OpenRouter: {problem}</translation>
    </message>
    <message>
        <source>Key of provider &apos;{name}&apos;: {problem}</source>
        <translation>Clave del proveedor &apos;{name}&apos;: {problem}</translation>
    </message>
    <message>
        <source>Members search the web (where their provider can)</source>
        <translation>Los miembros buscan en la web (si su proveedor lo permite)</translation>
    </message>
    <message>
        <source>Web search by default</source>
        <translation>Búsqueda web por defecto</translation>
    </message>
    <message>
        <source>The default of the council bar&apos;s Web search toggle (OpenRouter&apos;s web plugin; it costs extra per request)</source>
        <translation>El valor predeterminado del interruptor Búsqueda web de la barra del consejo (el plugin web de OpenRouter; tiene un coste adicional por solicitud)</translation>
    </message>
    <message>
        <source>Web search:</source>
        <translation>Búsqueda web:</translation>
    </message>
    <message>
        <source>Budget per run in USD</source>
        <translation>Presupuesto por ejecución en USD</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>A stage whose estimate would pass what is left is not started, and when the cost passes the cap every open request is stopped (its text kept); the run says why. “no cap”: no limit.</source>
        <translation>Una etapa cuya estimación superaría lo que queda no se inicia, y cuando el coste supera el límite se detienen todas las solicitudes abiertas (se conserva su texto); la ejecución indica el motivo. “sin límite”: sin tope.</translation>
    </message>
    <message>
        <source>Spend at most per run:</source>
        <translation>Gastar como máximo por ejecución:</translation>
    </message>
    <message>
        <source>✗ Not saved: {problems}</source>
        <translation>✗ No guardado: {problems}</translation>
    </message>
    <message>
        <source>✗ The settings could not be written: {error}</source>
        <translation>✗ No se pudo escribir la configuración: {error}</translation>
    </message>
    <message>
        <source>Language — LLM Council</source>
        <translation>Idioma — LLM Council</translation>
    </message>
    <message>
        <source>The new language is used when LLM Council starts again.</source>
        <translation>El nuevo idioma se usará cuando LLM Council se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Language changes at the next start</source>
        <translation>El idioma cambia en el próximo inicio</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <source>Open the focused row&apos;s menu (model list: skip, copy id; history: open, ask again, export, delete)</source>
        <translation>Abrir el menú de la fila enfocada (lista de modelos: omitir, copiar id; historial: abrir, volver a preguntar, exportar, eliminar)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>SourcesStrip</name>
    <message>
        <source>Sources: {sources} · and {more} more</source>
        <translation>Fuentes: {sources} · y {more} más</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Cited sources</source>
        <translation>Fuentes citadas</translation>
    </message>
    <message>
        <source>Provider note</source>
        <translation>Nota del proveedor</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>Done — the council has answered</source>
        <translation>Listo — el consejo ha respondido</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>La ejecución falló</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>The run failed in stage {stage}/{total}</source>
        <translation>La ejecución falló en la etapa {stage}/{total}</translation>
    </message>
    <message>
        <source>Cancelled in stage {stage}/{total}</source>
        <translation>Cancelada en la etapa {stage}/{total}</translation>
    </message>
    <message>
        <source>Interrupted in stage {stage}/{total}</source>
        <translation>Interrumpida en la etapa {stage}/{total}</translation>
    </message>
    <message>
        <source>Independent answers</source>
        <translation>Respuestas independientes</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Revisión por pares</translation>
    </message>
    <message>
        <source>Chairman synthesis</source>
        <translation>Síntesis del presidente</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stage {stage}/{total} — {name} · {done} of {members} finished</source>
        <translation>Etapa {stage}/{total} — {name} · {done} de {members} terminados</translation>
    </message>
    <message>
        <source>Stage {stage}/{total} — {name}</source>
        <translation>Etapa {stage}/{total} — {name}</translation>
    </message>
    <message>
        <source>Done — the answers and their peer review are in</source>
        <translation>Listo — ya están las respuestas y su revisión por pares</translation>
    </message>
    <message>
        <source>Done — the answers are in</source>
        <translation>Listo — ya están las respuestas</translation>
    </message>
    <message>
        <source>Done, degraded — {reasons}</source>
        <translation>Listo, degradada — {reasons}</translation>
    </message>
    <message>
        <source>Past run · {state}</source>
        <translation>Ejecución anterior · {state}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Council progress</source>
        <translation>Progreso del consejo</translation>
    </message>
    <message>
        <source>Synthesize now</source>
        <translation>Sintetizar ahora</translation>
    </message>
    <message>
        <source>End this stage with the members that have finished: the others are stopped (their text is kept) and the council goes on (Ctrl+Shift+Enter)</source>
        <translation>Terminar esta etapa con los miembros que han acabado: los demás se detienen (se conserva su texto) y el consejo continúa (Ctrl+Shift+Enter)</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Cualquier modo</translation>
    </message>
    <message>
        <source>Full council</source>
        <translation>Consejo completo</translation>
    </message>
    <message>
        <source>Answers and review</source>
        <translation>Respuestas y revisión</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>Solo respuestas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victorias</translation>
    </message>
    <message>
        <source>Avg rank</source>
        <translation>Puesto medio</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Primer token</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Score per $</source>
        <translation>Puntuación por $</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Own family</source>
        <translation>Familia propia</translation>
    </message>
    <message>
        <source>Other families</source>
        <translation>Otras familias</translation>
    </message>
    <message>
        <source>Own family, by others</source>
        <translation>Familia propia, según otros</translation>
    </message>
    <message>
        <source>Lean</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Gasto por día</translation>
    </message>
    <message>
        <source>{key}: {cost}, {calls} calls</source>
        <translation>{key}: {cost}, {calls} llamadas</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>Gasto por mes</translation>
    </message>
    <message>
        <source>{key}: {cost} over {calls} calls, {tokens} tokens ({unpriced} reported no cost)</source>
        <translation>{key}: {cost} en {calls} llamadas, {tokens} tokens ({unpriced} sin coste informado)</translation>
    </message>
    <message>
        <source>{key}: {cost} over {calls} calls, {tokens} tokens</source>
        <translation>{key}: {cost} en {calls} llamadas, {tokens} tokens</translation>
    </message>
    <message>
        <source>{score} · {wins}/{ranked} wins · avg rank {avg}</source>
        <translation>{score} · {wins}/{ranked} victorias · puesto medio {avg}</translation>
    </message>
    <message>
        <source>{score} · {wins}/{ranked} wins</source>
        <translation>{score} · {wins}/{ranked} victorias</translation>
    </message>
    <message>
        <source>{model}: score {score} from {votes} placements; first in {wins} of {ranked} councils that ranked it</source>
        <translation>{model}: puntuación {score} a partir de {votes} posiciones; primero en {wins} de {ranked} consejos que lo clasificaron</translation>
    </message>
    <message>
        <source>{cost} · {value} score/$</source>
        <translation>{cost} · {value} puntuación/$</translation>
    </message>
    <message>
        <source>{model}: {cost} in all its calls; an average answer {answer_cost}</source>
        <translation>{model}: {cost} en todas sus llamadas; una respuesta media {answer_cost}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>{lean} pts</source>
        <translation>{lean} pts</translation>
    </message>
    <message>
        <source>{lean} pts (too few to tell)</source>
        <translation>{lean} pts (muy pocos datos para saberlo)</translation>
    </message>
    <message>
        <source>Spend and leaderboard</source>
        <translation>Gasto y clasificación</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until (inclusive)</source>
        <translation>Hasta (inclusive)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>Estado de las estadísticas</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Spend summary</source>
        <translation>Resumen del gasto</translation>
    </message>
    <message>
        <source>Spend per model</source>
        <translation>Gasto por modelo</translation>
    </message>
    <message>
        <source>Spend per provider</source>
        <translation>Gasto por proveedor</translation>
    </message>
    <message>
        <source>Score (100% = placed first by every reviewer)</source>
        <translation>Puntuación (100% = primero según todos los revisores)</translation>
    </message>
    <message>
        <source>Cost per model (all its calls)</source>
        <translation>Coste por modelo (todas sus llamadas)</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Wins: councils whose ranking put it first (of those that ranked it). Score: 100% = placed first by every reviewer, 0% = last. First token and duration: medians of its latest {n} answers. Score per $: score per dollar of an average answer. Re-used answers are counted once.</source>
        <translation>Victorias: consejos cuya clasificación lo puso primero (de los que lo clasificaron). Puntuación: 100% = primero según todos los revisores, 0% = último. Primer token y duración: medianas de sus últimas {n} respuestas. Puntuación por $: puntuación por dólar de una respuesta media. Las respuestas reutilizadas se cuentan una vez.</translation>
    </message>
    <message>
        <source>Self-preference</source>
        <translation>Autopreferencia</translation>
    </message>
    <message>
        <source>Scores as in the leaderboard; n = the placements behind each. “Own family, by others”: how reviewers of other vendors placed the same answers. Lean = own family minus that (a reviewer never sees its own answer). Fewer than {n} placements on either side is too few to tell.</source>
        <translation>Puntuaciones como en la clasificación; n = las posiciones en que se basa cada una. “Familia propia, según otros”: cómo situaron las mismas respuestas los revisores de otros proveedores. Sesgo = familia propia menos eso (un revisor nunca ve su propia respuesta). Menos de {n} posiciones en cualquiera de los lados son muy pocas para saberlo.</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The statistics cannot be read: {reason}</source>
        <translation>No se pueden leer las estadísticas: {reason}</translation>
    </message>
    <message>
        <source>No runs in this period yet.</source>
        <translation>Aún no hay ejecuciones en este periodo.</translation>
    </message>
    <message>
        <source>No runs yet: ask the council a question.</source>
        <translation>Aún no hay ejecuciones: haga una pregunta al consejo.</translation>
    </message>
    <message>
        <source>Spent today {today} · this month {month} · in this period {total} — {calls} calls</source>
        <translation>Gastado hoy {today} · este mes {month} · en este periodo {total} — {calls} llamadas</translation>
    </message>
    <message>
        <source>Spent today {today} · this month {month} · all time {total} — {calls} calls</source>
        <translation>Gastado hoy {today} · este mes {month} · en total {total} — {calls} llamadas</translation>
    </message>
    <message>
        <source>{summary} ({n} reported no cost)</source>
        <translation>{summary} ({n} sin coste informado)</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} modelos</translation>
    </message>
</context>
<context>
    <name>SummaryBanner</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Note banner</source>
        <translation>Banner de nota</translation>
    </message>
    <message>
        <source>Warning banner</source>
        <translation>Banner de advertencia</translation>
    </message>
    <message>
        <source>Error banner</source>
        <translation>Banner de error</translation>
    </message>
    <message>
        <source>Done banner</source>
        <translation>Banner de finalización</translation>
    </message>
    <message>
        <source>{n} answer (stage 1)</source>
        <translation>{n} respuesta (etapa 1)</translation>
    </message>
    <message>
        <source>{n} answers (stage 1)</source>
        <translation>{n} respuestas (etapa 1)</translation>
    </message>
    <message>
        <source>{n} review (stage 2)</source>
        <translation>{n} revisión (etapa 2)</translation>
    </message>
    <message>
        <source>{n} reviews (stage 2)</source>
        <translation>{n} revisiones (etapa 2)</translation>
    </message>
    <message>
        <source>the final answer</source>
        <translation>la respuesta final</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} y {n} más</translation>
    </message>
    <message>
        <source>the partial text of {n} member ({names})</source>
        <translation>el texto parcial de {n} miembro ({names})</translation>
    </message>
    <message>
        <source>the partial text of {n} members ({names})</source>
        <translation>el texto parcial de {n} miembros ({names})</translation>
    </message>
    <message>
        <source>Nothing was kept.</source>
        <translation>No se conservó nada.</translation>
    </message>
    <message>
        <source>Kept: {items}.</source>
        <translation>Se conservó: {items}.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The run failed: {error} {kept}</source>
        <translation>La ejecución falló: {error} {kept}</translation>
    </message>
    <message>
        <source>The run was cancelled. {kept}</source>
        <translation>La ejecución se canceló. {kept}</translation>
    </message>
    <message>
        <source>The run was interrupted (the app closed mid-run). {kept}</source>
        <translation>La ejecución se interrumpió (la aplicación se cerró a mitad de la ejecución). {kept}</translation>
    </message>
    <message>
        <source>Degraded — the final answer is not the whole council&apos;s work: {reasons}.</source>
        <translation>Degradada — la respuesta final no es obra de todo el consejo: {reasons}.</translation>
    </message>
    <message>
        <source>Stage 2 skipped — {notice}</source>
        <translation>Etapa 2 omitida — {notice}</translation>
    </message>
    <message>
        <source>Chairman fallback — {notice}</source>
        <translation>Presidente de respaldo — {notice}</translation>
    </message>
    <message>
        <source>{n} model request failed ({names}); the council went on without them.</source>
        <translation>Falló {n} solicitud a un modelo ({names}); el consejo continuó sin ella.</translation>
    </message>
    <message>
        <source>{n} model requests failed ({names}); the council went on without them.</source>
        <translation>Fallaron {n} solicitudes a modelos ({names}); el consejo continuó sin ellas.</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Resumen de la ejecución</translation>
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
Un hilo de {n} ejecuciones (seguimientos y repeticiones), la más reciente {when} — {status}
Al abrirlo se muestra la conversación.</translation>
    </message>
    <message>
        <source>{n} of its runs match “{search}”</source>
        <translation>{n} de sus ejecuciones coinciden con “{search}”</translation>
    </message>
    <message>
        <source>{title}. A thread of runs. {details}</source>
        <translation>{title}. Un hilo de ejecuciones. {details}</translation>
    </message>
    <message>
        <source>{n} matching runs of a thread</source>
        <translation>{n} ejecuciones coincidentes de un hilo</translation>
    </message>
    <message>
        <source>thread of {n} runs</source>
        <translation>hilo de {n} ejecuciones</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>{n} columns from {first} to {last}; the highest {top}: {value}</source>
        <translation>{n} columnas de {first} a {last}; la más alta {top}: {value}</translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation>nada que mostrar</translation>
    </message>
    <message>
        <source>{title} — highest {label}: {value}</source>
        <translation>{title} — máximo {label}: {value}</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>WindowPower</name>
    <message>
        <source>You are offline: asking the models again needs the network (the earlier run stays as it is).</source>
        <translation>Está sin conexión: volver a preguntar a los modelos requiere la red (la ejecución anterior se queda como está).</translation>
    </message>
    <message>
        <source>No OpenRouter key: add one in Settings to ask OpenRouter models again.</source>
        <translation>No hay clave de OpenRouter: añada una en Configuración para volver a preguntar a los modelos de OpenRouter.</translation>
    </message>
    <message>
        <source>A council is running: re-run or follow up once it has finished.</source>
        <translation>Hay un consejo en ejecución: repita o haga un seguimiento cuando haya terminado.</translation>
    </message>
    <message>
        <source>This run cannot be opened: {error}</source>
        <translation>No se puede abrir esta ejecución: {error}</translation>
    </message>
    <message>
        <source>&amp;Presets…</source>
        <translation>&amp;Preajustes…</translation>
    </message>
    <message>
        <source>Spend and &amp;leaderboard…</source>
        <translation>Gasto y &amp;clasificación…</translation>
    </message>
    <message>
        <source>Spend, the leaderboard of your models and self-preference</source>
        <translation>Gasto, la clasificación de sus modelos y la autopreferencia</translation>
    </message>
    <message>
        <source>The history is not available: there is nothing to count.</source>
        <translation>El historial no está disponible: no hay nada que contar.</translation>
    </message>
    <message>
        <source>The preset could not be remembered: {error}</source>
        <translation>No se pudo recordar el preajuste: {error}</translation>
    </message>
    <message>
        <source>Council: {name}.</source>
        <translation>Consejo: {name}.</translation>
    </message>
    <message>
        <source>Prompts of “{title}”</source>
        <translation>Prompts de “{title}”</translation>
    </message>
    <message>
        <source>Open a finished run first.</source>
        <translation>Abra primero una ejecución terminada.</translation>
    </message>
    <message>
        <source>This cannot start.</source>
        <translation>No se puede iniciar.</translation>
    </message>
    <message>
        <source>Asking {model} again; the other answers are reused…</source>
        <translation>Volviendo a preguntar a {model}; se reutilizan las demás respuestas…</translation>
    </message>
    <message>
        <source>Asking {model} too; the other answers are reused…</source>
        <translation>Preguntando también a {model}; se reutilizan las demás respuestas…</translation>
    </message>
    <message>
        <source>Asking reviewer {model} again, then a new synthesis…</source>
        <translation>Volviendo a preguntar al revisor {model}; después, una nueva síntesis…</translation>
    </message>
    <message>
        <source>A new synthesis by {model}; nothing else is asked…</source>
        <translation>Una nueva síntesis de {model}; no se pregunta nada más…</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <source>The model to ask too (its answer joins the others, then peer review and synthesis run anew):</source>
        <translation>El modelo al que preguntar también (su respuesta se suma a las demás y luego se repiten la revisión por pares y la síntesis):</translation>
    </message>
    <message>
        <source>New synthesis</source>
        <translation>Nueva síntesis</translation>
    </message>
    <message>
        <source>The chairman of the new synthesis (only it is asked):</source>
        <translation>El presidente de la nueva síntesis (solo se le pregunta a él):</translation>
    </message>
    <message>
        <source>Asking the council the follow-up…</source>
        <translation>Haciendo la pregunta de seguimiento al consejo…</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>Preguntando a {model}…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The run history cannot be opened: {problem} The app works without it: runs of this session are not saved.</source>
        <translation>No se puede abrir el historial de ejecuciones: {problem} La aplicación funciona sin él: las ejecuciones de esta sesión no se guardan.</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historial no disponible</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Nothing to re-run: name a member, a reviewer or a chairman.</source>
        <translation>Nada que volver a ejecutar: indique un miembro, un revisor o un presidente.</translation>
    </message>
    <message>
        <source>A follow-up needs the run it follows.</source>
        <translation>Una pregunta de seguimiento necesita la ejecución a la que sigue.</translation>
    </message>
    <message>
        <source>The prompt is empty: type a question for the council.</source>
        <translation>El prompt está vacío: haga una pregunta al consejo.</translation>
    </message>
    <message>
        <source>The council has no members: add at least one model.</source>
        <translation>El consejo no tiene miembros: añada al menos un modelo.</translation>
    </message>
    <message>
        <source>No chairman model is set.</source>
        <translation>No hay ningún modelo presidente definido.</translation>
    </message>
    <message>
        <source>The quorum must be at least 1.</source>
        <translation>El quórum debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The stage deadline must be a positive number of seconds.</source>
        <translation>El plazo de una etapa debe ser un número positivo de segundos.</translation>
    </message>
    <message>
        <source>No OpenRouter API key yet, and this council asks OpenRouter models.</source>
        <translation>Aún no hay clave de API de OpenRouter y este consejo consulta modelos de OpenRouter.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring ({backend}).</source>
        <translation>Las claves se guardan en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <source>No system keyring is available (no Secret Service / Keychain / Credential Manager was found): a key you enter is kept for this session only and is not saved. Set {env} to use a key without a keyring.</source>
        <translation>No hay ningún llavero del sistema disponible (no se encontró Secret Service / Keychain / Administrador de credenciales): una clave que introduzca se guarda solo durante esta sesión y no se almacena. Defina {env} para usar una clave sin llavero.</translation>
    </message>
    <message>
        <source>Skipped by the user.</source>
        <translation>Omitido por el usuario.</translation>
    </message>
    <message>
        <source>Stopped: the stage ended early ({reason}).</source>
        <translation>Detenido: la etapa terminó antes de tiempo ({reason}).</translation>
    </message>
    <message>
        <source>{stage} ended early: {reason}; the members still working were stopped (their text kept).</source>
        <translation>{stage} terminó antes de tiempo: {reason}; los miembros que seguían trabajando se detuvieron (se conserva su texto).</translation>
    </message>
    <message>
        <source>ended early by the user</source>
        <translation>terminada antes de tiempo por el usuario</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes de tiempo</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>La ejecución se canceló.</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Export run</source>
        <translation>Exportar ejecución</translation>
    </message>
    <message>
        <source>Export {n} runs</source>
        <translation>Exportar {n} ejecuciones</translation>
    </message>
    <message>
        <source>{file} was not imported: {problem}.</source>
        <translation>No se importó {file}: {problem}.</translation>
    </message>
    <message>
        <source>Imported {n} run from {file}.</source>
        <translation>Se importó {n} ejecución de {file}.</translation>
    </message>
    <message>
        <source>Imported {n} runs from {file}.</source>
        <translation>Se importaron {n} ejecuciones de {file}.</translation>
    </message>
    <message>
        <source>{n} run was already in the history.</source>
        <translation>{n} ejecución ya estaba en el historial.</translation>
    </message>
    <message>
        <source>{n} runs were already in the history.</source>
        <translation>{n} ejecuciones ya estaban en el historial.</translation>
    </message>
    <message>
        <source>{n} run with the id of a different run in the history was left out (the command line&apos;s import --replace overwrites).</source>
        <translation>Se omitió {n} ejecución con el id de otra ejecución distinta del historial (import --replace de la línea de comandos la sobrescribe).</translation>
    </message>
    <message>
        <source>{n} runs with the id of a different run in the history were left out (the command line&apos;s import --replace overwrites).</source>
        <translation>Se omitieron {n} ejecuciones con el id de otras ejecuciones distintas del historial (import --replace de la línea de comandos las sobrescribe).</translation>
    </message>
    <message>
        <source>{file} holds no runs.</source>
        <translation>{file} no contiene ejecuciones.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>it is larger than a run export can be ({n} bytes)</source>
        <translation>es más grande de lo que puede ser una exportación de ejecuciones ({n} bytes)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {n})</source>
        <translation>no es texto UTF-8 (byte {n})</translation>
    </message>
    <message>
        <source>it is not a run export ({reason})</source>
        <translation>no es una exportación de ejecuciones ({reason})</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>generando</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>pensando</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>{count} token</source>
        <translation>{count} token</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <source>skipped by the user</source>
        <translation>omitido por el usuario</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>fallido: {reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>the run ended first</source>
        <translation>la ejecución terminó antes</translation>
    </message>
    <message>
        <source>check the key in Settings</source>
        <translation>revise la clave en Configuración</translation>
    </message>
    <message>
        <source>Check the key: Settings → OpenRouter key (Test key says whether it works), or the provider&apos;s key on the Providers page.</source>
        <translation>Revise la clave: Configuración → Clave de OpenRouter (Probar clave indica si funciona), o la clave del proveedor en la página Proveedores.</translation>
    </message>
    <message>
        <source>top up credits or lower Max tokens</source>
        <translation>recargue créditos o reduzca el máximo de tokens</translation>
    </message>
    <message>
        <source>Top up your OpenRouter credits (openrouter.ai/settings/credits), or lower “Max tokens per answer” in Settings → Timeouts &amp; temperatures: a request reserves credit for its whole answer.</source>
        <translation>Recargue sus créditos de OpenRouter (openrouter.ai/settings/credits) o reduzca “Máximo de tokens por respuesta” en Configuración → Tiempos de espera &amp; temperaturas: una solicitud reserva crédito para toda su respuesta.</translation>
    </message>
    <message>
        <source>wait a minute, or pick another model</source>
        <translation>espere un minuto o elija otro modelo</translation>
    </message>
    <message>
        <source>Wait a minute and ask again, or pick another model in Settings → Council (free models have tight rate limits).</source>
        <translation>Espere un minuto y vuelva a preguntar, o elija otro modelo en Configuración → Consejo (los modelos gratuitos tienen límites de frecuencia estrictos).</translation>
    </message>
    <message>
        <source>pick another model</source>
        <translation>elija otro modelo</translation>
    </message>
    <message>
        <source>Pick another model in Settings → Council: this id may be retired or mistyped.</source>
        <translation>Elija otro modelo en Configuración → Consejo: puede que este id esté retirado o mal escrito.</translation>
    </message>
    <message>
        <source>allow more time, or pick a faster model</source>
        <translation>conceda más tiempo o elija un modelo más rápido</translation>
    </message>
    <message>
        <source>Allow more time (Settings → Timeouts &amp; temperatures → “First token within”), or pick a faster model.</source>
        <translation>Conceda más tiempo (Configuración → Tiempos de espera &amp; temperaturas → “Primer token en menos de”) o elija un modelo más rápido.</translation>
    </message>
    <message>
        <source>lower Max tokens, or pick a larger model</source>
        <translation>reduzca el máximo de tokens o elija un modelo más grande</translation>
    </message>
    <message>
        <source>The question and the answers did not fit this model&apos;s context window: lower “Max tokens per answer” in Settings, or pick a model with a larger context.</source>
        <translation>La pregunta y las respuestas no cabían en la ventana de contexto de este modelo: reduzca “Máximo de tokens por respuesta” en Configuración o elija un modelo con un contexto mayor.</translation>
    </message>
    <message>
        <source>ask again</source>
        <translation>vuelva a preguntar</translation>
    </message>
    <message>
        <source>The connection dropped mid-answer: ask again.</source>
        <translation>La conexión se cortó a mitad de la respuesta: vuelva a preguntar.</translation>
    </message>
    <message>
        <source>rephrase, or pick another model</source>
        <translation>reformule o elija otro modelo</translation>
    </message>
    <message>
        <source>The provider&apos;s moderation refused the request: rephrase the question, or pick another model.</source>
        <translation>La moderación del proveedor rechazó la solicitud: reformule la pregunta o elija otro modelo.</translation>
    </message>
    <message>
        <source>ask again later, or pick another model</source>
        <translation>vuelva a preguntar más tarde o elija otro modelo</translation>
    </message>
    <message>
        <source>The provider had trouble serving this model: ask again later, or pick another model.</source>
        <translation>El proveedor tuvo problemas para servir este modelo: vuelva a preguntar más tarde o elija otro modelo.</translation>
    </message>
    <message>
        <source>partial — {reason}</source>
        <translation>parcial — {reason}</translation>
    </message>
    <message>
        <source>reused from the earlier run · {detail}</source>
        <translation>reutilizado de la ejecución anterior · {detail}</translation>
    </message>
    <message>
        <source>queued · {seconds} s, {ahead} ahead</source>
        <translation>en cola · {seconds} s, {ahead} por delante</translation>
    </message>
    <message>
        <source>queued · {seconds} s</source>
        <translation>en cola · {seconds} s</translation>
    </message>
    <message>
        <source>waiting · {seconds} s of {deadline} s</source>
        <translation>esperando · {seconds} s de {deadline} s</translation>
    </message>
    <message>
        <source>waiting · {seconds} s</source>
        <translation>esperando · {seconds} s</translation>
    </message>
    <message>
        <source>generating · {tokens}…</source>
        <translation>generando · {tokens}…</translation>
    </message>
    <message>
        <source>thinking · {count} reasoning tokens…</source>
        <translation>pensando · {count} tokens de razonamiento…</translation>
    </message>
    <message>
        <source>retrying in {seconds} s</source>
        <translation>reintentando en {seconds} s</translation>
    </message>
    <message>
        <source>{mark} · {tokens} kept</source>
        <translation>{mark} · {tokens} conservados</translation>
    </message>
    <message>
        <source>failed ({code}) · {remedy}</source>
        <translation>fallido ({code}) · {remedy}</translation>
    </message>
    <message>
        <source>failed · {remedy}</source>
        <translation>fallido · {remedy}</translation>
    </message>
    <message>
        <source>done in {duration} (from sending the request)</source>
        <translation>listo en {duration} (desde el envío de la solicitud)</translation>
    </message>
    <message>
        <source>first token after {duration}</source>
        <translation>primer token tras {duration}</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <source>queued {duration} before sending</source>
        <translation>en cola {duration} antes del envío</translation>
    </message>
    <message>
        <source>HTTP {code}</source>
        <translation>HTTP {code}</translation>
    </message>
    <message>
        <source>What you can do: {remedy}</source>
        <translation>Qué puede hacer: {remedy}</translation>
    </message>
    <message>
        <source>reasoning: {count} tokens (counted apart)</source>
        <translation>razonamiento: {count} tokens (contados aparte)</translation>
    </message>
    <message>
        <source>Finished in {duration}</source>
        <translation>Terminada en {duration}</translation>
    </message>
    <message>
        <source>Failed after {duration}</source>
        <translation>Falló tras {duration}</translation>
    </message>
    <message>
        <source>Cancelled after {duration}</source>
        <translation>Cancelada tras {duration}</translation>
    </message>
    <message>
        <source>Interrupted after {duration}</source>
        <translation>Interrumpida tras {duration}</translation>
    </message>
    <message>
        <source>Running for {duration}</source>
        <translation>En curso desde hace {duration}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Took {duration}</source>
        <translation>Duró {duration}</translation>
    </message>
</context>
</TS>
