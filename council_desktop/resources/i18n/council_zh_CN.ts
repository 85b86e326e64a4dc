<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AggregateTable</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Average rank</source>
        <translation>平均排名</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Place after peer review; “=1” means tied for first (= marks a tie), “—” that no review ranked it</source>
        <translation>同行评审后的名次；“=1”表示并列第一（= 表示并列），“—”表示没有评审给它排名</translation>
    </message>
    <message>
        <source>The council member whose answer was ranked</source>
        <translation>其回答被排名的委员会成员</translation>
    </message>
    <message>
        <source>The mean of the places the reviews gave it (1 is best); lower is better</source>
        <translation>各评审给它的名次的平均值（1 为最佳）；越低越好</translation>
    </message>
    <message>
        <source>How many reviews ranked it</source>
        <translation>有多少评审给它排了名</translation>
    </message>
    <message>
        <source>Borda points: in a ranking of n answers, first place earns n − 1 points, last earns 0; higher is better</source>
        <translation>Borda 分数：在 n 个回答的排名中，第一名得 n − 1 分，最后一名得 0 分；越高越好</translation>
    </message>
    <message>
        <source>Aggregate ranking</source>
        <translation>综合排名</translation>
    </message>
</context>
<context>
    <name>AnswersView</name>
    <message>
        <source>Stage 1 answers</source>
        <translation>阶段 1 回答</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>{percent} % (the system&apos;s)</source>
        <translation>{percent} %（系统设置）</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>The window&apos;s language. It changes when the app starts again; the command line stays English.</source>
        <translation>窗口的语言。应用重新启动后生效；命令行保持英文。</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Reset the appearance to its defaults</source>
        <translation>将外观恢复为默认值</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>“Follow the system” switches with your desktop&apos;s light or dark mode.</source>
        <translation>“跟随系统”会随桌面的浅色或深色模式切换。</translation>
    </message>
    <message>
        <source>The size of all the window&apos;s text. Ctrl+plus and Ctrl+minus zoom the answers alone.</source>
        <translation>窗口中所有文字的大小。Ctrl+加号和 Ctrl+减号仅缩放回答。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>nothing to show</source>
        <translation>无内容可显示</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>暂无内容可显示。</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>the council (chairman {model})</source>
        <translation>委员会（主席 {model}）</translation>
    </message>
    <message>
        <source>{model} alone</source>
        <translation>仅 {model}</translation>
    </message>
    <message>
        <source>the council&apos;s answers (no synthesis)</source>
        <translation>委员会的回答（无综合）</translation>
    </message>
    <message>
        <source>Answer from {who} — version {k} of {n}</source>
        <translation>来自 {who} 的回答 — 第 {k} 版，共 {n} 版</translation>
    </message>
    <message>
        <source>Answer from {who}</source>
        <translation>来自 {who} 的回答</translation>
    </message>
    <message>
        <source>No answer: the run {status}.</source>
        <translation>无回答：运行{status}。</translation>
    </message>
    <message>
        <source>{i}. You asked · {when}</source>
        <translation>{i}. 你的提问 · {when}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Back to the run</source>
        <translation>返回运行</translation>
    </message>
    <message>
        <source>Questions of the conversation</source>
        <translation>对话中的问题</translation>
    </message>
    <message>
        <source>Enter or a double click opens that run&apos;s full council detail.</source>
        <translation>按 Enter 或双击可打开该运行的完整委员会详情。</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Open council detail</source>
        <translation>打开委员会详情</translation>
    </message>
    <message>
        <source>Open the full council detail of this question</source>
        <translation>打开此问题的完整委员会详情</translation>
    </message>
    <message>
        <source>Every answer, review and the final answer of this run</source>
        <translation>此运行的每个回答、评审和最终回答</translation>
    </message>
    <message>
        <source>Conversation: {title} · {n} question</source>
        <translation>对话：{title} · {n} 个问题</translation>
    </message>
    <message>
        <source>Conversation: {title} · {n} questions</source>
        <translation>对话：{title} · {n} 个问题</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>整个对话</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>↳ re-run: {what} · {when}</source>
        <translation>↳ 重新运行：{what} · {when}</translation>
    </message>
    <message>
        <source>The whole conversation, each question with the answer it got.</source>
        <translation>整个对话，每个问题及其得到的回答。</translation>
    </message>
    <message>
        <source>Question {i} of {n} · {status} · {members}</source>
        <translation>问题 {i}/{n} · {status} · {members}</translation>
    </message>
</context>
<context>
    <name>CouncilBar</name>
    <message>
        <source>Your settings&apos; council</source>
        <translation>设置中的委员会</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>{members} — chairman {chairman} ({price})</source>
        <translation>{members} — 主席 {chairman}（{price}）</translation>
    </message>
    <message>
        <source>Full council</source>
        <translation>完整委员会</translation>
    </message>
    <message>
        <source>Answers + review</source>
        <translation>回答 + 评审</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>仅回答</translation>
    </message>
    <message>
        <source>Council in force</source>
        <translation>当前生效的委员会</translation>
    </message>
    <message>
        <source>Council preset</source>
        <translation>委员会预设</translation>
    </message>
    <message>
        <source>The council the next run asks: one of your presets, a starter, or the council in Settings</source>
        <translation>下一次运行所询问的委员会：你的某个预设、入门预设或设置中的委员会</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Which stages run: the answers only, answers and peer review, or the full council with the chairman&apos;s synthesis</source>
        <translation>运行哪些阶段：仅回答、回答和同行评审，或包含主席综合的完整委员会</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>网络搜索</translation>
    </message>
    <message>
        <source>Web search for this run</source>
        <translation>此运行使用网络搜索</translation>
    </message>
    <message>
        <source>Members search the web where their provider can (OpenRouter&apos;s web plugin); their cited sources are shown under the answer. Costs extra.</source>
        <translation>成员在其提供商支持时搜索网络（OpenRouter 的 web 插件）；其引用的来源显示在回答下方。需额外费用。</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Manage presets</source>
        <translation>管理预设</translation>
    </message>
    <message>
        <source>Save the current council as a preset, rename, delete, edit its prompts, import or export presets</source>
        <translation>将当前委员会保存为预设，重命名、删除、编辑其提示词，导入或导出预设</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>费用估算</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>委员会(&amp;C)：</translation>
    </message>
    <message>
        <source>Council members and prices</source>
        <translation>委员会成员和价格</translation>
    </message>
    <message>
        <source>Council override</source>
        <translation>临时委员会</translation>
    </message>
    <message>
        <source>End the override</source>
        <translation>结束临时替换</translation>
    </message>
    <message>
        <source>{name} (starter)</source>
        <translation>{name}（入门）</translation>
    </message>
    <message>
        <source>{council}   (prices in / out per million tokens)</source>
        <translation>{council}   （输入 / 输出价格，每百万 token）</translation>
    </message>
    <message>
        <source>chairman {chairman}: {price}</source>
        <translation>主席 {chairman}：{price}</translation>
    </message>
    <message>
        <source>Using the council of {source} (not {name}).</source>
        <translation>正在使用 {source} 的委员会（而非 {name}）。</translation>
    </message>
    <message>
        <source>✕ Back to {name}</source>
        <translation>✕ 返回 {name}</translation>
    </message>
    <message>
        <source>Run the next councils with {name} again</source>
        <translation>接下来的委员会运行重新使用 {name}</translation>
    </message>
</context>
<context>
    <name>CouncilSelection</name>
    <message>
        <source>Full council (answers, review, synthesis)</source>
        <translation>完整委员会（回答、评审、综合）</translation>
    </message>
    <message>
        <source>Answers and peer review</source>
        <translation>回答和同行评审</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>仅回答</translation>
    </message>
    <message>
        <source>preset “{name}”</source>
        <translation>预设“{name}”</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>你的设置</translation>
    </message>
    <message>
        <source>a past run</source>
        <translation>过去的某次运行</translation>
    </message>
</context>
<context>
    <name>EstimateLabel</name>
    <message>
        <source>Estimated cost of the next run</source>
        <translation>下一次运行的估算费用</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Estimated cost: {cost} · ⚠ may pass the budget</source>
        <translation>估算费用：{cost} · ⚠ 可能超出预算</translation>
    </message>
    <message>
        <source>Your budget per run is {budget}: the run stops before a stage that would pass it.</source>
        <translation>你每次运行的预算为 {budget}：运行会在某个将超出预算的阶段之前停止。</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>估算费用：{cost}</translation>
    </message>
</context>
<context>
    <name>FinalView</name>
    <message>
        <source>by the chairman</source>
        <translation>由主席撰写</translation>
    </message>
    <message>
        <source>by a fallback member (the chairman failed)</source>
        <translation>由后备成员撰写（主席失败）</translation>
    </message>
    <message>
        <source>the best-ranked member&apos;s own answer (no synthesis could be written)</source>
        <translation>排名最高成员自己的回答（未能写出综合）</translation>
    </message>
    <message>
        <source>Ask the council a question: its final answer appears here.</source>
        <translation>向委员会提问：其最终回答将显示在这里。</translation>
    </message>
    <message>
        <source>The council is at work. The chairman&apos;s final answer appears here as it is written, after the answers (stage 1) and the peer review (stage 2).</source>
        <translation>委员会正在工作。在回答（阶段 1）和同行评审（阶段 2）之后，主席的最终回答会在撰写时显示在这里。</translation>
    </message>
    <message>
        <source>No final answer: the run failed.</source>
        <translation>无最终回答：运行失败。</translation>
    </message>
    <message>
        <source>No final answer: the run was cancelled.</source>
        <translation>无最终回答：运行已取消。</translation>
    </message>
    <message>
        <source>No final answer: the run was interrupted.</source>
        <translation>无最终回答：运行被中断。</translation>
    </message>
    <message>
        <source>Final answer (degraded) — {model}</source>
        <translation>最终回答（降级）— {model}</translation>
    </message>
    <message>
        <source>Final answer — {model}</source>
        <translation>最终回答 — {model}</translation>
    </message>
    <message>
        <source>Final answer (degraded)</source>
        <translation>最终回答（降级）</translation>
    </message>
    <message>
        <source>Final answer</source>
        <translation>最终回答</translation>
    </message>
    <message>
        <source>by the chairman {model}</source>
        <translation>由主席 {model} 撰写</translation>
    </message>
    <message>
        <source>Final answer heading</source>
        <translation>最终回答标题</translation>
    </message>
    <message>
        <source>Final answer notice</source>
        <translation>最终回答提示</translation>
    </message>
    <message>
        <source>the final answer</source>
        <translation>最终回答</translation>
    </message>
    <message>
        <source>Copy final answer</source>
        <translation>复制最终回答</translation>
    </message>
    <message>
        <source>Final answer status</source>
        <translation>最终回答状态</translation>
    </message>
    <message>
        <source>Degraded: {reasons}.</source>
        <translation>降级：{reasons}。</translation>
    </message>
    <message>
        <source>This run asked for the answers and their peer review only: no final answer is written.</source>
        <translation>此运行只请求了回答及其同行评审：不会撰写最终回答。</translation>
    </message>
    <message>
        <source>This run asked for the answers only: no final answer is written.</source>
        <translation>此运行只请求了回答：不会撰写最终回答。</translation>
    </message>
    <message>
        <source>⚠ {model} stopped ({reason}); {writer} writes instead.</source>
        <translation>⚠ {model} 已停止（{reason}）；改由 {writer} 撰写。</translation>
    </message>
    <message>
        <source>the chairman {model} · {detail}</source>
        <translation>主席 {model} · {detail}</translation>
    </message>
    <message>
        <source>a fallback member {model} · {detail}</source>
        <translation>后备成员 {model} · {detail}</translation>
    </message>
    <message>
        <source>No final answer.</source>
        <translation>无最终回答。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this answer</source>
        <translation>在此回答中查找</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>查找(&amp;D)：</translation>
    </message>
    <message>
        <source>Next match of Find</source>
        <translation>查找的下一个匹配项</translation>
    </message>
    <message>
        <source>Previous match of Find</source>
        <translation>查找的上一个匹配项</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n}/{total}</translation>
    </message>
    <message>
        <source>{total} matches</source>
        <translation>{total} 个匹配项</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <source>Follow-up</source>
        <translation>追问</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>追问：</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>追问问题</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>追问</translation>
    </message>
    <message>
        <source>Ask the whole council instead</source>
        <translation>改为询问整个委员会</translation>
    </message>
    <message>
        <source>Ask the whole council instead of one member</source>
        <translation>询问整个委员会，而非单个成员</translation>
    </message>
    <message>
        <source>Ask one member…</source>
        <translation>询问单个成员…</translation>
    </message>
    <message>
        <source>Choose one member to ask</source>
        <translation>选择要询问的成员</translation>
    </message>
    <message>
        <source>One member answers with the conversation so far: no review, no synthesis</source>
        <translation>由一个成员结合目前的对话回答：无评审，无综合</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>追问说明</translation>
    </message>
    <message>
        <source>You can follow up once the council has answered…</source>
        <translation>委员会回答后即可继续追问…</translation>
    </message>
    <message>
        <source>Ask {model}…</source>
        <translation>询问 {model}…</translation>
    </message>
    <message>
        <source>Ask the council the follow-up question</source>
        <translation>向委员会提出追问</translation>
    </message>
    <message>
        <source>The council answers with the conversation so far (Ctrl+Enter)</source>
        <translation>委员会结合目前的对话回答（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Ask the council a next question in this conversation (Ctrl+Enter)…</source>
        <translation>在此对话中向委员会提出下一个问题（Ctrl+Enter）…</translation>
    </message>
    <message>
        <source>Ask {model}:</source>
        <translation>询问 {model}：</translation>
    </message>
    <message>
        <source>Ask {model}</source>
        <translation>询问 {model}</translation>
    </message>
    <message>
        <source>Ask {model} alone</source>
        <translation>仅询问 {model}</translation>
    </message>
    <message>
        <source>{model} alone answers with the conversation so far: no review, no synthesis (Ctrl+Enter)</source>
        <translation>仅由 {model} 结合目前的对话回答：无评审，无综合（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>A question for {model} alone (Ctrl+Enter)…</source>
        <translation>仅向 {model} 提出的问题（Ctrl+Enter）…</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>MMM dd HH:mm</source>
        <comment>QLocale date format of a run this year: Nov 20 14:05</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale date format of a month&apos;s group in the history: March 2025</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>{status}, degraded</source>
        <translation>{status}，已降级</translation>
    </message>
    <message>
        <source>{title}
{when} — {status}
Council: {members}
{tokens} tokens, {cost}</source>
        <translation>{title}
{when} — {status}
委员会：{members}
{tokens} token，{cost}</translation>
    </message>
    <message>
        <source>{title}. {status}. {details}</source>
        <translation>{title}。{status}。{details}</translation>
    </message>
    <message>
        <source>Pinned. {text}</source>
        <translation>已置顶。{text}</translation>
    </message>
    <message>
        <source>{group}: {text}</source>
        <translation>{group}：{text}</translation>
    </message>
    <message>
        <source>{n} model</source>
        <translation>{n} 个模型</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} 个模型</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Search history (Ctrl+K)</source>
        <translation>搜索历史记录（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>Shows only runs whose question, answers or final answer contain every word typed here.</source>
        <translation>仅显示问题、回答或最终回答包含此处输入的所有词语的运行。</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>过去的运行</translation>
    </message>
    <message>
        <source>Pinned runs first, then the newest, grouped by date. Enter opens a run, F2 renames it, Delete removes it; the context menu (Menu key) has Ask again, Pin, Export and Rename. Shift or Ctrl with a click or an arrow selects several runs to export or delete together.</source>
        <translation>置顶的运行在前，然后是最新的，按日期分组。Enter 打开运行，F2 重命名，Delete 删除；上下文菜单（菜单键）中有再次提问、置顶、导出和重命名。按住 Shift 或 Ctrl 并单击或按方向键可选择多个运行，一起导出或删除。</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>历史记录状态</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete the selected run from the history (Delete)</source>
        <translation>从历史记录中删除所选运行（Delete）</translation>
    </message>
    <message>
        <source>Rename the selected run (in the history list)</source>
        <translation>重命名所选运行（在历史记录列表中）</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>Open the selected run (in the history list)</source>
        <translation>打开所选运行（在历史记录列表中）</translation>
    </message>
    <message>
        <source>Delete the selected run, after asking (in the history list)</source>
        <translation>询问后删除所选运行（在历史记录列表中）</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation>运行操作</translation>
    </message>
    <message>
        <source>Export {n} runs…</source>
        <translation>导出 {n} 个运行…</translation>
    </message>
    <message>
        <source>Delete {n} runs…</source>
        <translation>删除 {n} 个运行…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>再次提问</translation>
    </message>
    <message>
        <source>Rename…	F2</source>
        <translation>重命名…	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete {n} runs from the history? This cannot be undone.</source>
        <translation>要从历史记录中删除 {n} 个运行吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete “{title}” from the history? This cannot be undone.</source>
        <translation>要从历史记录中删除“{title}”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>No runs match “{search}”.</source>
        <translation>没有与“{search}”匹配的运行。</translation>
    </message>
    <message>
        <source>No runs yet: ask the council a question.</source>
        <translation>暂无运行：向委员会提一个问题吧。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
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
        <translation>导出运行</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>HistoryRowDelegate</name>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>{n} model</source>
        <translation>{n} 个模型</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} 个模型</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>•••••••• saved in the system keyring — type a new key to replace it</source>
        <translation>•••••••• 已保存在系统密钥环中 — 输入新密钥以替换</translation>
    </message>
    <message>
        <source>•••••••• kept for this session only — type a new key to replace it</source>
        <translation>•••••••• 仅在本次会话中保留 — 输入新密钥以替换</translation>
    </message>
    <message>
        <source>set by {env} — a key typed here is saved, but {env} wins while it is set</source>
        <translation>由 {env} 设置 — 在此输入的密钥会被保存，但只要设置了 {env}，就以其为准</translation>
    </message>
    <message>
        <source>Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter API key (create one at openrouter.ai/keys). Paste it below: it is kept in your system keyring, never in a file. Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.</source>
        <translation>欢迎使用 LLM Council。委员会通过 OpenRouter 询问多个模型，因此需要一个 OpenRouter API 密钥（可在 openrouter.ai/keys 创建）。请将其粘贴在下方：它保存在你的系统密钥环中，绝不会写入文件。由本地提供商（Ollama、LM Studio、llama.cpp）提供的模型不需要密钥。</translation>
    </message>
    <message>
        <source>Welcome to LLM Council. The council asks several models through OpenRouter, so it needs an OpenRouter API key (create one at openrouter.ai/keys). Paste it below: no system keyring was found on this computer, so the key is kept for this session only and never written to a file (set {env} to use a key without a keyring). Models served by a local provider (Ollama, LM Studio, llama.cpp) need no key.</source>
        <translation>欢迎使用 LLM Council。委员会通过 OpenRouter 询问多个模型，因此需要一个 OpenRouter API 密钥（可在 openrouter.ai/keys 创建）。请将其粘贴在下方：此计算机上未找到系统密钥环，因此密钥仅在本次会话中保留，绝不会写入文件（设置 {env} 可在没有密钥环的情况下使用密钥）。由本地提供商（Ollama、LM Studio、llama.cpp）提供的模型不需要密钥。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>OpenRouter API 密钥</translation>
    </message>
    <message>
        <source>Masked. Leave empty to keep the saved key.</source>
        <translation>已隐藏。留空则保留已保存的密钥。</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;{url}&quot;&gt;openrouter.ai/keys&lt;/a&gt; (opens your browser).</source>
        <translation>在 &lt;a href=&quot;{url}&quot;&gt;openrouter.ai/keys&lt;/a&gt; 创建密钥（将打开浏览器）。</translation>
    </message>
    <message>
        <source>Create a key at openrouter.ai/keys</source>
        <translation>在 openrouter.ai/keys 创建密钥</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>密钥状态</translation>
    </message>
    <message>
        <source>Keyring notice</source>
        <translation>密钥环提示</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>测试密钥</translation>
    </message>
    <message>
        <source>Test the OpenRouter key</source>
        <translation>测试 OpenRouter 密钥</translation>
    </message>
    <message>
        <source>Forget saved key</source>
        <translation>忘记已保存的密钥</translation>
    </message>
    <message>
        <source>Forget the saved OpenRouter key</source>
        <translation>忘记已保存的 OpenRouter 密钥</translation>
    </message>
    <message>
        <source>Key test result</source>
        <translation>密钥测试结果</translation>
    </message>
    <message>
        <source>OpenRouter API key:</source>
        <translation>OpenRouter API 密钥：</translation>
    </message>
    <message>
        <source>A key is set by the environment variable {env}; it is used instead of a saved one.</source>
        <translation>密钥已由环境变量 {env} 设置；将使用它而非已保存的密钥。</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring (hidden). Type a new one to replace it.</source>
        <translation>系统密钥环中已保存一个密钥（已隐藏）。输入新密钥以替换。</translation>
    </message>
    <message>
        <source>A key is kept for this session only (hidden): it is not saved.</source>
        <translation>密钥仅在本次会话中保留（已隐藏）：未保存。</translation>
    </message>
    <message>
        <source>No key is set yet.</source>
        <translation>尚未设置密钥。</translation>
    </message>
    <message>
        <source>The saved key will be forgotten when you save.</source>
        <translation>保存时将忘记已保存的密钥。</translation>
    </message>
    <message>
        <source>The key you typed works. Press Save to keep it (kept in the system keyring).</source>
        <translation>你输入的密钥可用。按“保存”以保留它（保存在系统密钥环中）。</translation>
    </message>
    <message>
        <source>Press Save to keep the key you typed (kept in the system keyring); Test key checks it first.</source>
        <translation>按“保存”以保留你输入的密钥（保存在系统密钥环中）；“测试密钥”可先检查它。</translation>
    </message>
    <message>
        <source>The key you typed works. Press Save to keep it (kept for this session only).</source>
        <translation>你输入的密钥可用。按“保存”以保留它（仅在本次会话中保留）。</translation>
    </message>
    <message>
        <source>Press Save to keep the key you typed (kept for this session only); Test key checks it first.</source>
        <translation>按“保存”以保留你输入的密钥（仅在本次会话中保留）；“测试密钥”可先检查它。</translation>
    </message>
    <message>
        <source>✗ No key to test: type one first.</source>
        <translation>✗ 没有可测试的密钥：请先输入一个。</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>正在测试密钥…</translation>
    </message>
    <message>
        <source>✗ The key check failed: {reason}</source>
        <translation>✗ 密钥检查失败：{reason}</translation>
    </message>
</context>
<context>
    <name>LazyPaneTabs</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>{name}: members</source>
        <translation>{name}：成员</translation>
    </message>
</context>
<context>
    <name>LineageBar</name>
    <message>
        <source>asked again {models}</source>
        <translation>再次询问了 {models}</translation>
    </message>
    <message>
        <source>re-asked reviewers {models}</source>
        <translation>重新询问了评审者 {models}</translation>
    </message>
    <message>
        <source>re-asked reviewer {models}</source>
        <translation>重新询问了评审者 {models}</translation>
    </message>
    <message>
        <source>new synthesis by {model}</source>
        <translation>由 {model} 重新综合</translation>
    </message>
    <message>
        <source>‹ the earlier run (deleted)</source>
        <translation>‹ 先前的运行（已删除）</translation>
    </message>
    <message>
        <source>Open the run this one re-ran</source>
        <translation>打开此运行所重新运行的运行</translation>
    </message>
    <message>
        <source>Open the run this one follows up</source>
        <translation>打开此运行所追问的运行</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>再次询问</translation>
    </message>
    <message>
        <source>Re-run: {what} — the rest reused from</source>
        <translation>重新运行：{what} — 其余部分复用自</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>追问自</translation>
    </message>
    <message>
        <source>re-run: {what} · {date}</source>
        <translation>重新运行：{what} · {date}</translation>
    </message>
    <message>
        <source>Open this re-run</source>
        <translation>打开此重新运行</translation>
    </message>
    <message>
        <source>follow-up: {title} · {date}</source>
        <translation>追问：{title} · {date}</translation>
    </message>
    <message>
        <source>Open this follow-up</source>
        <translation>打开此追问</translation>
    </message>
    <message>
        <source>Run lineage</source>
        <translation>运行谱系</translation>
    </message>
    <message>
        <source>Where this run comes from</source>
        <translation>此运行的来源</translation>
    </message>
    <message>
        <source>Prompts…</source>
        <translation>提示词…</translation>
    </message>
    <message>
        <source>Show the prompts this run&apos;s models were given</source>
        <translation>显示此运行的模型收到的提示词</translation>
    </message>
    <message>
        <source>The exact prompt templates this run&apos;s models were given</source>
        <translation>此运行的模型收到的确切提示词模板</translation>
    </message>
    <message>
        <source>From this run:</source>
        <translation>来自此运行：</translation>
    </message>
    <message>
        <source>Conversation · {n} questions</source>
        <translation>对话 · {n} 个问题</translation>
    </message>
    <message>
        <source>All {n} versions</source>
        <translation>全部 {n} 个版本</translation>
    </message>
    <message>
        <source>Show the whole conversation, each question with its council&apos;s answer</source>
        <translation>显示整个对话，每个问题及其委员会的回答</translation>
    </message>
    <message>
        <source>Prompts (edited)…</source>
        <translation>提示词（已编辑）…</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>it is not a complete web address</source>
        <translation>它不是完整的网址</translation>
    </message>
    <message>
        <source>the web address has no host</source>
        <translation>该网址没有主机</translation>
    </message>
    <message>
        <source>“{scheme}:” links can open files or run programs on this computer</source>
        <translation>“{scheme}:” 链接可能会打开此计算机上的文件或运行程序</translation>
    </message>
    <message>
        <source>Write an email with your mail program?

To: {host}

{url}</source>
        <translation>要用你的邮件程序写邮件吗？

收件人：{host}

{url}</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

Site: {host}

{url}</source>
        <translation>要在网页浏览器中打开此链接吗？

站点：{host}

{url}</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>未打开链接</translation>
    </message>
    <message>
        <source>This link was not opened: {reason}. Only web (http, https) and email (mailto) links are opened from an answer.

{url}</source>
        <translation>未打开此链接：{reason}。回答中只会打开网页（http、https）和电子邮件（mailto）链接。

{url}</translation>
    </message>
</context>
<context>
    <name>LiveRunBar</name>
    <message>
        <source>You are looking at a past run. The council you started goes on: {stage}.</source>
        <translation>你正在查看过去的运行。你启动的委员会仍在继续：{stage}。</translation>
    </message>
    <message>
        <source>You are looking at a past run. The run you started has ended: {stage}.</source>
        <translation>你正在查看过去的运行。你启动的运行已结束：{stage}。</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>进行中的运行</translation>
    </message>
    <message>
        <source>Back to the live run</source>
        <translation>返回进行中的运行</translation>
    </message>
    <message>
        <source>Show the run you started</source>
        <translation>显示你启动的运行</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Running the council…  (Esc cancels)</source>
        <translation>委员会运行中…  （按 Esc 取消）</translation>
    </message>
    <message>
        <source>{problem}. Using the default settings; saving will replace the file.</source>
        <translation>{problem}。正在使用默认设置；保存时将替换该文件。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the council</source>
        <translation>运行委员会</translation>
    </message>
    <message>
        <source>Run the council (Ctrl+Enter)</source>
        <translation>运行委员会（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Key, council members, providers, timeouts (Ctrl+,)</source>
        <translation>密钥、委员会成员、提供商、超时（Ctrl+,）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>密钥状态</translation>
    </message>
    <message>
        <source>&amp;New question:</source>
        <translation>新问题(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation>委员会(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Settings (key, council, providers, timeouts)</source>
        <translation>设置（密钥、委员会、提供商、超时）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit (a running council is cancelled first)</source>
        <translation>退出（会先取消正在运行的委员会）</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the council on the prompt</source>
        <translation>对提示词运行委员会</translation>
    </message>
    <message>
        <source>Run (a council is already running)</source>
        <translation>运行（已有委员会正在运行）</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the running council</source>
        <translation>取消正在运行的委员会</translation>
    </message>
    <message>
        <source>Synthesize &amp;now</source>
        <translation>立即综合(&amp;N)</translation>
    </message>
    <message>
        <source>End this stage with the members that have finished; the council goes on</source>
        <translation>用已完成的成员结束此阶段；委员会继续进行</translation>
    </message>
    <message>
        <source>Synthesize now: end the current stage with the members that have finished</source>
        <translation>立即综合：用已完成的成员结束当前阶段</translation>
    </message>
    <message>
        <source>S&amp;kip selected model</source>
        <translation>跳过所选模型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Focus prompt</source>
        <translation>聚焦提示词(&amp;F)</translation>
    </message>
    <message>
        <source>Focus the prompt</source>
        <translation>聚焦提示词</translation>
    </message>
    <message>
        <source>&amp;Final answer</source>
        <translation>最终回答(&amp;F)</translation>
    </message>
    <message>
        <source>Show the final answer</source>
        <translation>显示最终回答</translation>
    </message>
    <message>
        <source>&amp;Answers (stage 1)</source>
        <translation>回答（阶段 1）(&amp;A)</translation>
    </message>
    <message>
        <source>Show the answers (stage 1)</source>
        <translation>显示回答（阶段 1）</translation>
    </message>
    <message>
        <source>&amp;Peer review (stage 2)</source>
        <translation>同行评审（阶段 2）(&amp;P)</translation>
    </message>
    <message>
        <source>Show the peer review (stage 2)</source>
        <translation>显示同行评审（阶段 2）</translation>
    </message>
    <message>
        <source>&amp;Copy final answer</source>
        <translation>复制最终回答(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the final answer</source>
        <translation>复制最终回答</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Show or hide the history</source>
        <translation>显示或隐藏历史记录</translation>
    </message>
    <message>
        <source>Back to the &amp;live run</source>
        <translation>返回进行中的运行(&amp;L)</translation>
    </message>
    <message>
        <source>Back to the live run (while looking at a past run)</source>
        <translation>返回进行中的运行（在查看过去的运行时）</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>此列表</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Local council: no OpenRouter key needed</source>
        <translation>本地委员会：无需 OpenRouter 密钥</translation>
    </message>
    <message>
        <source>OpenRouter key: from {env}</source>
        <translation>OpenRouter 密钥：来自 {env}</translation>
    </message>
    <message>
        <source>OpenRouter key: in the system keyring</source>
        <translation>OpenRouter 密钥：在系统密钥环中</translation>
    </message>
    <message>
        <source>OpenRouter key: this session only (not saved)</source>
        <translation>OpenRouter 密钥：仅本次会话（未保存）</translation>
    </message>
    <message>
        <source>No OpenRouter key — open Settings</source>
        <translation>没有 OpenRouter 密钥 — 请打开设置</translation>
    </message>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): {ids}. The council runs anyway.</source>
        <translation>不在 OpenRouter 的模型列表中（已下线或拼写错误？）：{ids}。委员会仍会运行。</translation>
    </message>
    <message>
        <source>Send the key unencrypted?</source>
        <translation>以未加密方式发送密钥？</translation>
    </message>
    <message>
        <source>This council sends an API key over plain http:// (not encrypted) to another machine:

{where}

Anyone on the networks in between could read the key. Use an https:// address if the server has one. Send it anyway for this session?</source>
        <translation>此委员会会通过普通 http://（未加密）将 API 密钥发送到另一台机器：

{where}

中间网络上的任何人都可能读取该密钥。如果服务器有 https:// 地址，请使用它。仍要在本次会话中发送吗？</translation>
    </message>
    <message>
        <source>No OpenRouter API key yet: add one in Settings (or set {env}).</source>
        <translation>尚无 OpenRouter API 密钥：请在设置中添加一个（或设置 {env}）。</translation>
    </message>
    <message>
        <source>The council cannot start.</source>
        <translation>委员会无法启动。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Ending this stage with the members that have finished…</source>
        <translation>正在用已完成的成员结束此阶段…</translation>
    </message>
    <message>
        <source>Nothing to end early: no member has finished this stage yet, or every member has.</source>
        <translation>没有可提前结束的内容：尚无成员完成此阶段，或所有成员都已完成。</translation>
    </message>
    <message>
        <source>Skipping {model}…</source>
        <translation>正在跳过 {model}…</translation>
    </message>
    <message>
        <source>{model} is not running.</source>
        <translation>{model} 未在运行。</translation>
    </message>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): {ids}. Check Settings → Council.</source>
        <translation>不在 OpenRouter 的模型列表中（已下线或拼写错误？）：{ids}。请检查 设置 → 委员会。</translation>
    </message>
    <message>
        <source>Run complete.</source>
        <translation>运行已完成。</translation>
    </message>
    <message>
        <source>Run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <source>Run interrupted.</source>
        <translation>运行已中断。</translation>
    </message>
    <message>
        <source>Run {status}.</source>
        <translation>运行{status}。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>{app} {version}

One question to a council of LLMs: independent answers, anonymous peer review, and a chairman&apos;s synthesis — live.</source>
        <translation>{app} {version}

把一个问题交给由多个 LLM 组成的委员会：独立回答、匿名同行评审，以及主席的综合 — 实时进行。</translation>
    </message>
    <message>
        <source>This run cannot be opened: {error}</source>
        <translation>无法打开此运行：{error}</translation>
    </message>
    <message>
        <source>This run is no longer in the history.</source>
        <translation>此运行已不在历史记录中。</translation>
    </message>
    <message>
        <source>Asking again with that run&apos;s council: {members} (chairman {chairman}). The council bar&apos;s ✕ goes back to {base}.</source>
        <translation>正在用该运行的委员会再次提问：{members}（主席 {chairman}）。委员会栏中的 ✕ 可返回 {base}。</translation>
    </message>
    <message>
        <source>These runs cannot be exported: {error}</source>
        <translation>无法导出这些运行：{error}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the run on screen (or the runs selected in the history) to a file</source>
        <translation>将屏幕上的运行（或历史记录中选中的运行）保存到文件</translation>
    </message>
    <message>
        <source>Export the run on screen, or the runs selected in the history</source>
        <translation>导出屏幕上的运行，或历史记录中选中的运行</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add runs from a JSON export to the history (or drop the file here)</source>
        <translation>将 JSON 导出文件中的运行添加到历史记录（或将文件拖放到此处）</translation>
    </message>
    <message>
        <source>Import runs from a JSON export</source>
        <translation>从 JSON 导出文件导入运行</translation>
    </message>
    <message>
        <source>Nothing to export yet: run the council, or open a run from the history.</source>
        <translation>暂无可导出的内容：请运行委员会，或从历史记录中打开一个运行。</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {reason}.</source>
        <translation>无法将导出内容写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The run was exported to {path}.</source>
        <translation>运行已导出到 {path}。</translation>
    </message>
    <message>
        <source>{n} runs were exported to {path}.</source>
        <translation>{n} 个运行已导出到 {path}。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>导入运行</translation>
    </message>
    <message>
        <source>JSON exports (*.json)</source>
        <translation>JSON 导出文件 (*.json)</translation>
    </message>
    <message>
        <source>Runs cannot be imported: the history is not available in this session.</source>
        <translation>无法导入运行：本次会话中历史记录不可用。</translation>
    </message>
    <message>
        <source>&amp;Find in answer…</source>
        <translation>在回答中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in the answer on screen</source>
        <translation>在屏幕上的回答中查找</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger answer text</source>
        <translation>增大回答文字</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller answer text</source>
        <translation>减小回答文字</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Answer text at its normal size</source>
        <translation>回答文字恢复正常大小</translation>
    </message>
    <message>
        <source>&amp;Actual size (now {percent} %)</source>
        <translation>实际大小（当前 {percent} %）(&amp;A)</translation>
    </message>
    <message>
        <source>Copied the code.</source>
        <translation>已复制代码。</translation>
    </message>
    <message>
        <source>Copied the final answer: pasted as text it is Markdown, in a word processor it keeps its formatting.</source>
        <translation>已复制最终回答：以纯文本粘贴时为 Markdown，粘贴到文字处理软件中会保留格式。</translation>
    </message>
    <message>
        <source>The question is in the prompt box: change it and press Ctrl+Enter.</source>
        <translation>问题已在提示词框中：修改后按 Ctrl+Enter。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Cancel the run (Esc)</source>
        <translation>取消运行（Esc）</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>MarkdownPane</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ 已复制</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>a line of {size}</source>
        <translation>长度为 {size} 的一行</translation>
    </message>
    <message>
        <source>lists or quotes nested {n} deep on one line</source>
        <translation>在一行中嵌套 {n} 层的列表或引用</translation>
    </message>
    <message>
        <source>a paragraph of {size}</source>
        <translation>长度为 {size} 的段落</translation>
    </message>
    <message>
        <source>tables with more than {n} cells</source>
        <translation>超过 {n} 个单元格的表格</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 个字符</translation>
    </message>
    <message>
        <source>Shown as plain text: the answer is too large to format ({reason}).</source>
        <translation>以纯文本显示：回答太大，无法排版（{reason}）。</translation>
    </message>
    <message>
        <source>{name} details</source>
        <translation>{name} 详情</translation>
    </message>
    <message>
        <source>{name} format note</source>
        <translation>{name} 格式说明</translation>
    </message>
    <message>
        <source>Copy {name}</source>
        <translation>复制 {name}</translation>
    </message>
    <message>
        <source>Copy {name} to the clipboard (as Markdown)</source>
        <translation>将 {name} 复制到剪贴板（Markdown 格式）</translation>
    </message>
    <message>
        <source>✓ Code copied</source>
        <translation>✓ 已复制代码</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <source>1 table too large to format shown as aligned text.</source>
        <translation>1 个表格过大，无法格式化，以对齐文本显示。</translation>
    </message>
    <message>
        <source>{n} tables too large to format shown as aligned text.</source>
        <translation>{n} 个表格过大，无法格式化，以对齐文本显示。</translation>
    </message>
</context>
<context>
    <name>MemberPane</name>
    <message>
        <source>{model} gave no answer: {reason}.</source>
        <translation>{model} 未给出回答：{reason}。</translation>
    </message>
    <message>
        <source>{model} gave no review: {reason}.</source>
        <translation>{model} 未给出评审：{reason}。</translation>
    </message>
    <message>
        <source>{model} gave no synthesis: {reason}.</source>
        <translation>{model} 未给出综合：{reason}。</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>Queued at its provider…</source>
        <translation>正在提供商处排队…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation>正在等待最初的输出…</translation>
    </message>
    <message>
        <source>{name}: partial text</source>
        <translation>{name}：部分文本</translation>
    </message>
    <message>
        <source>Show {name}: reasoning</source>
        <translation>显示 {name}：推理</translation>
    </message>
    <message>
        <source>{name}: reasoning</source>
        <translation>{name}：推理</translation>
    </message>
    <message>
        <source>{glyph} {mark}. This is what it wrote before it stopped.</source>
        <translation>{glyph} {mark}。以下是它停止前写下的内容。</translation>
    </message>
    <message>
        <source>What you can do: {remedy}</source>
        <translation>你可以这样做：{remedy}</translation>
    </message>
    <message>
        <source>{model} gave no {noun}: {reason}.</source>
        <translation>{model} 未给出{noun}：{reason}。</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Reasoning · {count} token</source>
        <translation>推理 · {count} 个 token</translation>
    </message>
    <message>
        <source>Reasoning · {count} tokens</source>
        <translation>推理 · {count} 个 token</translation>
    </message>
    <message>
        <source>Hide {name}: reasoning</source>
        <translation>隐藏 {name}：推理</translation>
    </message>
</context>
<context>
    <name>MemberTabs</name>
    <message>
        <source>{model}&apos;s answer</source>
        <extracomment>A member&apos;s page is built ahead (see :meth:`MemberTabs.prepare_spare`), and again this long after it was taken, in a turn of its own: a run&apos;s start then shows its first page without building it (~8 ms in the pass that also adds 16 rows).</extracomment>
        <translation>{model} 的回答</translation>
    </message>
    <message>
        <source>{model}&apos;s review</source>
        <translation>{model} 的评审</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Not in OpenRouter&apos;s model list (retired or mistyped?): </source>
        <translation>不在 OpenRouter 的模型列表中（已下线或拼写错误？）： </translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>委员会成员</translation>
    </message>
    <message>
        <source>The models that answer, review each other and are ranked.</source>
        <translation>负责回答、相互评审并被排名的模型。</translation>
    </message>
    <message>
        <source>vendor/model or model@provider</source>
        <translation>vendor/model 或 model@provider</translation>
    </message>
    <message>
        <source>Model id to add</source>
        <translation>要添加的模型 ID</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the typed model id</source>
        <translation>添加输入的模型 ID</translation>
    </message>
    <message>
        <source>Pick from OpenRouter…</source>
        <translation>从 OpenRouter 选择…</translation>
    </message>
    <message>
        <source>Pick members from OpenRouter&apos;s model list</source>
        <translation>从 OpenRouter 的模型列表中选择成员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>移除所选成员</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected member up</source>
        <translation>上移所选成员</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected member down</source>
        <translation>下移所选成员</translation>
    </message>
    <message>
        <source>Chairman model</source>
        <translation>主席模型</translation>
    </message>
    <message>
        <source>Any model id, a member or not; typed or picked from OpenRouter&apos;s list.</source>
        <translation>任意模型 ID，可以是成员也可以不是；手动输入或从 OpenRouter 的列表中选择。</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Pick the chairman from OpenRouter&apos;s model list</source>
        <translation>从 OpenRouter 的模型列表中选择主席</translation>
    </message>
    <message>
        <source>Pick the chairman from OpenRouter&apos;s model list (any model, not only a member)</source>
        <translation>从 OpenRouter 的模型列表中选择主席（任意模型，不限于成员）</translation>
    </message>
    <message>
        <source>Chairman check</source>
        <translation>主席检查</translation>
    </message>
    <message>
        <source>Unknown model ids</source>
        <translation>未知的模型 ID</translation>
    </message>
    <message>
        <source>&amp;Chairman:</source>
        <translation>主席(&amp;C)：</translation>
    </message>
    <message>
        <source>Members answer in stage 1 and review each other in stage 2; the chairman — any model, a member or not — writes the final answer. Use model@provider for a model served by an extra provider.</source>
        <translation>成员在阶段 1 中回答，在阶段 2 中相互评审；主席 — 任意模型，可以是成员也可以不是 — 撰写最终回答。对由额外提供商提供的模型，请使用 model@provider。</translation>
    </message>
    <message>
        <source>Pick the chairman</source>
        <translation>选择主席</translation>
    </message>
    <message>
        <source>⚠ {model}  (not in OpenRouter&apos;s list)</source>
        <translation>⚠ {model}  （不在 OpenRouter 的列表中）</translation>
    </message>
    <message>
        <source>{model} is not in OpenRouter&apos;s model list: it may be retired or mistyped.</source>
        <translation>{model} 不在 OpenRouter 的模型列表中：它可能已下线或拼写错误。</translation>
    </message>
    <message>
        <source>⚠ not in OpenRouter&apos;s list</source>
        <translation>⚠ 不在 OpenRouter 的列表中</translation>
    </message>
    <message>
        <source>{model} (chairman)</source>
        <translation>{model}（主席）</translation>
    </message>
    <message>
        <source>Model ids are checked once OpenRouter&apos;s model list has been fetched (the app fetches it at start when online; or Pick from OpenRouter… → Refresh).</source>
        <translation>获取 OpenRouter 的模型列表后会检查模型 ID（应用在联网时会于启动时获取；也可通过 从 OpenRouter 选择… → 刷新 获取）。</translation>
    </message>
</context>
<context>
    <name>ModelChoiceDialog</name>
    <message>
        <source>Model choice problem</source>
        <translation>模型选择问题</translation>
    </message>
    <message>
        <source>Type a model id (vendor/model, or model@provider).</source>
        <translation>请输入模型 ID（vendor/model 或 model@provider）。</translation>
    </message>
    <message>
        <source>{model} is already in this council.</source>
        <translation>{model} 已在此委员会中。</translation>
    </message>
</context>
<context>
    <name>ModelListView</name>
    <message>
        <source>Council members</source>
        <translation>委员会成员</translation>
    </message>
    <message>
        <source>One row per model in the current stage, with its status in words. Enter opens a model&apos;s text; Delete or the context menu skips a running model.</source>
        <translation>当前阶段中每个模型一行，并以文字显示其状态。Enter 打开模型的文本；Delete 或上下文菜单可跳过正在运行的模型。</translation>
    </message>
    <message>
        <source>Skip the selected model while it runs (in the model list)</source>
        <translation>跳过正在运行的所选模型（在模型列表中）</translation>
    </message>
    <message>
        <source>Open that model&apos;s answer (on a row of the model list, after stage 1)</source>
        <translation>打开该模型的回答（在模型列表的某一行上，阶段 1 之后）</translation>
    </message>
    <message>
        <source>Skip {model}</source>
        <translation>跳过 {model}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Copy model id</source>
        <translation>复制模型 ID</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation>输入 $/M</translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation>输出 $/M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Your favourites (Ctrl+D stars the selected models): listed first; “Favourites only” shows just them</source>
        <translation>你的收藏（Ctrl+D 收藏所选模型）：排在最前；“仅收藏”只显示收藏的模型</translation>
    </message>
    <message>
        <source>The model&apos;s name on OpenRouter</source>
        <translation>模型在 OpenRouter 上的名称</translation>
    </message>
    <message>
        <source>The id the council uses</source>
        <translation>委员会使用的 ID</translation>
    </message>
    <message>
        <source>Price per million tokens of the question (what the model reads)</source>
        <translation>问题每百万 token 的价格（模型读取的内容）</translation>
    </message>
    <message>
        <source>Price per million tokens of the answer (what the model writes)</source>
        <translation>回答每百万 token 的价格（模型写出的内容）</translation>
    </message>
    <message>
        <source>How many tokens the model can read and write in one request</source>
        <translation>模型在一次请求中可读写的 token 数</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>in {prompt} / out {completion} per 1M tokens</source>
        <translation>每 1M token 输入 {prompt} / 输出 {completion}</translation>
    </message>
    <message>
        <source>{tokens} context</source>
        <translation>{tokens} 上下文</translation>
    </message>
    <message>
        <source>Pick models</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <source>Pick a model</source>
        <translation>选择一个模型</translation>
    </message>
    <message>
        <source>Filter by name or id…</source>
        <translation>按名称或 ID 筛选…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>仅收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>仅显示收藏</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it (price, context, …).</source>
        <translation>单击列标题可按该列排序（价格、上下文等）。</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <source>Star or unstar the selected models as favourites</source>
        <translation>收藏或取消收藏所选模型</translation>
    </message>
    <message>
        <source>Star or unstar the selected models (Ctrl+D)</source>
        <translation>收藏或取消收藏所选模型（Ctrl+D）</translation>
    </message>
    <message>
        <source>Model list status</source>
        <translation>模型列表状态</translation>
    </message>
    <message>
        <source>Refresh from OpenRouter</source>
        <translation>从 OpenRouter 刷新</translation>
    </message>
    <message>
        <source>Refresh the model list from OpenRouter</source>
        <translation>从 OpenRouter 刷新模型列表</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>No model list yet: press Refresh (needs the network).</source>
        <translation>尚无模型列表：请按“刷新”（需要网络）。</translation>
    </message>
    <message>
        <source>{n} model, list from {when}.</source>
        <translation>{n} 个模型，列表获取于 {when}。</translation>
    </message>
    <message>
        <source>{n} models, list from {when}.</source>
        <translation>{n} 个模型，列表获取于 {when}。</translation>
    </message>
    <message>
        <source>The model list is not available offline yet.</source>
        <translation>模型列表尚不可离线使用。</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message>
        <source>{n} model, fetched just now (cached for offline use).</source>
        <translation>{n} 个模型，刚刚获取（已缓存供离线使用）。</translation>
    </message>
    <message>
        <source>{n} models, fetched just now (cached for offline use).</source>
        <translation>{n} 个模型，刚刚获取（已缓存供离线使用）。</translation>
    </message>
    <message>
        <source>The model list could not be fetched: {reason}</source>
        <translation>无法获取模型列表：{reason}</translation>
    </message>
</context>
<context>
    <name>ModelRowDelegate</name>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>关闭此提示</translation>
    </message>
</context>
<context>
    <name>OpenRouterService</name>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Key “{label}” works</source>
        <translation>密钥“{label}”可用</translation>
    </message>
    <message>
        <source>{remaining} of {limit} left</source>
        <translation>剩余 {remaining}，共 {limit}</translation>
    </message>
    <message>
        <source>{remaining} left</source>
        <translation>剩余 {remaining}</translation>
    </message>
    <message>
        <source>no credit limit on this key</source>
        <translation>此密钥无额度上限</translation>
    </message>
    <message>
        <source>{usage} used</source>
        <translation>已用 {usage}</translation>
    </message>
    <message>
        <source>free tier</source>
        <translation>免费层级</translation>
    </message>
    <message>
        <source>No network client is available.</source>
        <translation>没有可用的网络客户端。</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>review temperature</source>
        <translation>评审温度</translation>
    </message>
    <message>
        <source>chairman temperature</source>
        <translation>主席温度</translation>
    </message>
    <message>
        <source>first token timeout</source>
        <translation>首个 token 超时</translation>
    </message>
    <message>
        <source>total timeout</source>
        <translation>总超时</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Council presets</source>
        <translation>委员会预设</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Preset details</source>
        <translation>预设详情</translation>
    </message>
    <message>
        <source>Presets status</source>
        <translation>预设状态</translation>
    </message>
    <message>
        <source>Save current council as…</source>
        <translation>将当前委员会另存为…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit prompts…</source>
        <translation>编辑提示词…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Save the council in force as a new preset</source>
        <translation>将当前生效的委员会保存为新预设</translation>
    </message>
    <message>
        <source>Rename the selected preset</source>
        <translation>重命名所选预设</translation>
    </message>
    <message>
        <source>Delete the selected preset</source>
        <translation>删除所选预设</translation>
    </message>
    <message>
        <source>Edit the selected preset&apos;s prompts</source>
        <translation>编辑所选预设的提示词</translation>
    </message>
    <message>
        <source>Export presets to a JSON file (no keys)</source>
        <translation>将预设导出到 JSON 文件（不含密钥）</translation>
    </message>
    <message>
        <source>Import presets from a JSON file</source>
        <translation>从 JSON 文件导入预设</translation>
    </message>
    <message>
        <source>{name}  (starter)</source>
        <translation>{name}  （入门）</translation>
    </message>
    <message>
        <source>{name} — a starter shipped with the app</source>
        <translation>{name} — 应用自带的入门预设</translation>
    </message>
    <message>
        <source>Members: {members}</source>
        <translation>成员：{members}</translation>
    </message>
    <message>
        <source>Chairman: {chairman}</source>
        <translation>主席：{chairman}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>模式：{mode}</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>Own settings: {settings}</source>
        <translation>自有设置：{settings}</translation>
    </message>
    <message>
        <source>Prompts: the defaults</source>
        <translation>提示词：默认</translation>
    </message>
    <message>
        <source>Prompts: edited</source>
        <translation>提示词：已编辑</translation>
    </message>
    <message>
        <source>✗ Not saved: {reason}</source>
        <translation>✗ 未保存：{reason}</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>预设需要一个名称。</translation>
    </message>
    <message>
        <source>A preset&apos;s name is one line of at most 80 characters.</source>
        <translation>预设名称须为一行，最多 80 个字符。</translation>
    </message>
    <message>
        <source>There is already a preset named “{name}”.</source>
        <translation>已存在名为“{name}”的预设。</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <source>✗ Only your own presets can be renamed.</source>
        <translation>✗ 只能重命名你自己的预设。</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>已重命名为“{name}”。</translation>
    </message>
    <message>
        <source>✗ Starters cannot be deleted.</source>
        <translation>✗ 入门预设无法删除。</translation>
    </message>
    <message>
        <source>Deleted “{name}” (the starter of that name is back).</source>
        <translation>已删除“{name}”（同名的入门预设已恢复）。</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <source>Prompts of “{name}” saved.</source>
        <translation>“{name}”的提示词已保存。</translation>
    </message>
    <message>
        <source>✗ Cannot write {path}: {reason}</source>
        <translation>✗ 无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Exported {n} preset to {file}.</source>
        <translation>已将 {n} 个预设导出到 {file}。</translation>
    </message>
    <message>
        <source>Exported {n} presets to {file}.</source>
        <translation>已将 {n} 个预设导出到 {file}。</translation>
    </message>
    <message>
        <source>the file is too large to be a presets file</source>
        <translation>文件过大，不可能是预设文件</translation>
    </message>
    <message>
        <source>✗ {file} cannot be imported: {reason}</source>
        <translation>✗ 无法导入 {file}：{reason}</translation>
    </message>
    <message>
        <source>Imported: {names}</source>
        <translation>已导入：{names}</translation>
    </message>
    <message>
        <source>Save council as preset</source>
        <translation>将委员会保存为预设</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>新预设的名称：</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>要删除预设“{name}”吗？</translation>
    </message>
    <message>
        <source>Prompts of “{name}”</source>
        <translation>“{name}”的提示词</translation>
    </message>
    <message>
        <source>Export presets</source>
        <translation>导出预设</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>导入预设</translation>
    </message>
</context>
<context>
    <name>PromptBox</name>
    <message>
        <source>Ask the council a new question…  (Ctrl+Enter runs it, Esc cancels)</source>
        <translation>向委员会提出新问题…  （Ctrl+Enter 运行，Esc 取消）</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>A new question for the council; the question of the run on screen is shown above its results. Ctrl+Enter runs the council.</source>
        <translation>向委员会提出的新问题；屏幕上运行的问题显示在其结果上方。按 Ctrl+Enter 运行委员会。</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Answers (system prompt)</source>
        <translation>回答（系统提示词）</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>同行评审</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Sent as the system message before each member&apos;s question (stage 1). Empty: no system message.</source>
        <translation>在每个成员的问题之前作为系统消息发送（阶段 1）。留空：不发送系统消息。</translation>
    </message>
    <message>
        <source>Sent to each reviewer with the other answers, anonymized (stage 2). It must ask for a section that starts with FINAL RANKING: — the ranking is read from it.</source>
        <translation>与其他匿名化的回答一起发送给每个评审者（阶段 2）。它必须要求一个以 FINAL RANKING: 开头的部分 — 排名从该部分读取。</translation>
    </message>
    <message>
        <source>Sent to the chairman with every answer, the reviews and the aggregate ranking (stage 3).</source>
        <translation>与所有回答、评审和综合排名一起发送给主席（阶段 3）。</translation>
    </message>
    <message>
        <source>No variables: the text is sent as it is.</source>
        <translation>无变量：文本按原样发送。</translation>
    </message>
    <message>
        <source>Variables (write $$ for a dollar sign):
{variables}</source>
        <translation>变量（用 $$ 表示美元符号）：
{variables}</translation>
    </message>
    <message>
        <source>Prompts note</source>
        <translation>提示词说明</translation>
    </message>
    <message>
        <source>These are the default prompts.</source>
        <translation>这些是默认提示词。</translation>
    </message>
    <message>
        <source>The prompts this run&apos;s models were given (edited from the defaults).</source>
        <translation>此运行的模型收到的提示词（在默认值基础上编辑过）。</translation>
    </message>
    <message>
        <source>⚠ Check: {prompts}. Saving keeps them as they are. </source>
        <translation>⚠ 请检查：{prompts}。保存时会按原样保留它们。 </translation>
    </message>
</context>
<context>
    <name>PromptPage</name>
    <message>
        <source>{title} prompt</source>
        <translation>{title}提示词</translation>
    </message>
    <message>
        <source>{title} variables</source>
        <translation>{title}变量</translation>
    </message>
    <message>
        <source>{title} prompt problems</source>
        <translation>{title}提示词问题</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Reset the {title} prompt to the default</source>
        <translation>将{title}提示词恢复为默认</translation>
    </message>
    <message>
        <source>{title} preview: the exact messages sent</source>
        <translation>{title}预览：实际发送的消息</translation>
    </message>
    <message>
        <source>Preview — the messages sent for a sample question and answers:</source>
        <translation>预览 — 针对示例问题和回答发送的消息：</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>其他兼容 OpenAI 的服务器</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp 服务器</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>最大并发数</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Extra providers</source>
        <translation>额外提供商</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>添加一个提供商</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>移除所选提供商</translation>
    </message>
    <message>
        <source>API key for the selected provider (optional)</source>
        <translation>所选提供商的 API 密钥（可选）</translation>
    </message>
    <message>
        <source>API key for the selected provider</source>
        <translation>所选提供商的 API 密钥</translation>
    </message>
    <message>
        <source>Set key</source>
        <translation>设置密钥</translation>
    </message>
    <message>
        <source>Set the key of the selected provider</source>
        <translation>设置所选提供商的密钥</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>忘记密钥</translation>
    </message>
    <message>
        <source>Forget the key of the selected provider</source>
        <translation>忘记所选提供商的密钥</translation>
    </message>
    <message>
        <source>Provider settings problem</source>
        <translation>提供商设置问题</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Test the connection to the selected provider and list its models</source>
        <translation>测试与所选提供商的连接并列出其模型</translation>
    </message>
    <message>
        <source>Ask the selected provider for its model list</source>
        <translation>向所选提供商请求其模型列表</translation>
    </message>
    <message>
        <source>Select a provider and test its connection to see the models it serves.</source>
        <translation>选择一个提供商并测试其连接，以查看它提供的模型。</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Models the selected provider serves</source>
        <translation>所选提供商提供的模型</translation>
    </message>
    <message>
        <source>Add selected to the council</source>
        <translation>将所选项添加到委员会</translation>
    </message>
    <message>
        <source>Add the selected models to the council</source>
        <translation>将所选模型添加到委员会</translation>
    </message>
    <message>
        <source>Local or self-hosted OpenAI-compatible servers. A member “model@name” is served by the provider called “name”; requests beyond Max concurrent wait.</source>
        <translation>本地或自托管的兼容 OpenAI 的服务器。成员“model@name”由名为“name”的提供商提供；超出最大并发数的请求会等待。</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Select a provider first.</source>
        <translation>请先选择一个提供商。</translation>
    </message>
    <message>
        <source>new (unsaved)</source>
        <translation>新建（未保存）</translation>
    </message>
    <message>
        <source>Row {row}: a provider name must be one word without &apos;@&apos;.</source>
        <translation>第 {row} 行：提供商名称必须是一个不含“@”的单词。</translation>
    </message>
    <message>
        <source>Two providers are called &apos;{name}&apos;.</source>
        <translation>有两个提供商都叫“{name}”。</translation>
    </message>
    <message>
        <source>Provider &apos;{name}&apos;: the base URL must start with http:// or https://.</source>
        <translation>提供商“{name}”：基础 URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Asking {name} for its models…</source>
        <translation>正在向 {name} 请求其模型…</translation>
    </message>
    <message>
        <source>{model} · {tokens}-token context</source>
        <translation>{model} · {tokens} token 上下文</translation>
    </message>
    <message>
        <source>Added to the council: {models}. Save to keep it.</source>
        <translation>已添加到委员会：{models}。保存以保留。</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Question of the run on screen</source>
        <translation>屏幕上运行的问题</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show the whole question</source>
        <translation>显示完整问题</translation>
    </message>
    <message>
        <source>Edit as new question</source>
        <translation>作为新问题编辑</translation>
    </message>
    <message>
        <source>Edit this question as a new question</source>
        <translation>将此问题作为新问题编辑</translation>
    </message>
    <message>
        <source>Copy this question into the prompt box, to change it and ask again</source>
        <translation>将此问题复制到提示词框中，以便修改后再次提问</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Final answer</source>
        <translation>最终回答</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>同行评审</translation>
    </message>
    <message>
        <source>The chairman&apos;s final answer (stage 3) — Ctrl+1</source>
        <translation>主席的最终回答（阶段 3）— Ctrl+1</translation>
    </message>
    <message>
        <source>Every member&apos;s own answer (stage 1) — Ctrl+2</source>
        <translation>每个成员自己的回答（阶段 1）— Ctrl+2</translation>
    </message>
    <message>
        <source>The members&apos; anonymous reviews and the aggregate ranking (stage 2) — Ctrl+3</source>
        <translation>成员的匿名评审和综合排名（阶段 2）— Ctrl+3</translation>
    </message>
    <message>
        <source>{title} · skipped</source>
        <extracomment>How long after a live update a hidden tab catches up, one tab per loop turn: the visible tab is updated at once, and a stage&apos;s end no longer updates all three in one turn (16 members&apos; answers and reviews took ~20 ms).</extracomment>
        <translation>{title} · 已跳过</translation>
    </message>
    <message>
        <source>Final answer (degraded)</source>
        <translation>最终回答（降级）</translation>
    </message>
    <message>
        <source>Final answer · writing…</source>
        <translation>最终回答 · 撰写中…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ReviewTabs</name>
    <message>
        <source>Reviews</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>{title} · no ranking</source>
        <translation>{title} · 无排名</translation>
    </message>
    <message>
        <source>{title} · partly parsed</source>
        <translation>{title} · 部分解析</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>parsed</source>
        <translation>已解析</translation>
    </message>
    <message>
        <source>partly parsed</source>
        <translation>部分解析</translation>
    </message>
    <message>
        <source>could not be parsed</source>
        <translation>无法解析</translation>
    </message>
    <message>
        <source>Ranking: none (could not be parsed)</source>
        <translation>排名：无（无法解析）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Ranking: none ({status})</source>
        <translation>排名：无（{status}）</translation>
    </message>
    <message>
        <source>Ranking ({status}): {ranking}</source>
        <translation>排名（{status}）：{ranking}</translation>
    </message>
    <message>
        <source>Stage 2 peer review</source>
        <translation>阶段 2 同行评审</translation>
    </message>
    <message>
        <source>Peer review notice</source>
        <translation>同行评审提示</translation>
    </message>
    <message>
        <source>Aggregate ranking title</source>
        <translation>综合排名标题</translation>
    </message>
    <message>
        <source>⚠ Stage 2 skipped: {notice}</source>
        <translation>⚠ 已跳过阶段 2：{notice}</translation>
    </message>
    <message>
        <source>Aggregate ranking from {used} of {total} review · lower average is better</source>
        <translation>综合排名基于 {total} 个评审中的 {used} 个 · 平均值越低越好</translation>
    </message>
    <message>
        <source>Aggregate ranking from {used} of {total} reviews · lower average is better</source>
        <translation>综合排名基于 {total} 个评审中的 {used} 个 · 平均值越低越好</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Retry {model}</source>
        <translation>重试 {model}</translation>
    </message>
    <message>
        <source>Ask this member again; the other answers are reused, then peer review and synthesis run anew</source>
        <translation>再次询问此成员；复用其他回答，然后重新进行同行评审和综合</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Ask one more model; the other answers are reused, then peer review and synthesis run anew</source>
        <translation>再询问一个模型；复用其他回答，然后重新进行同行评审和综合</translation>
    </message>
    <message>
        <source>Ask {model}…</source>
        <translation>询问 {model}…</translation>
    </message>
    <message>
        <source>Ask this member alone the next question, with the conversation so far</source>
        <translation>结合目前的对话，仅向此成员提出下一个问题</translation>
    </message>
    <message>
        <source>Re-ask reviewer {model}</source>
        <translation>重新询问评审者 {model}</translation>
    </message>
    <message>
        <source>Ask this reviewer again with the same anonymized answers; then a new synthesis</source>
        <translation>用相同的匿名化回答再次询问此评审者；然后重新综合</translation>
    </message>
    <message>
        <source>New synthesis…</source>
        <translation>重新综合…</translation>
    </message>
    <message>
        <source>Ask the chairman (the same or another model) for a new final answer; nothing else is asked</source>
        <translation>请主席（同一模型或其他模型）撰写新的最终回答；不询问其他任何内容</translation>
    </message>
</context>
<context>
    <name>RunActionsBar</name>
    <message>
        <source>Run actions</source>
        <translation>运行操作</translation>
    </message>
    <message>
        <source>Run actions note</source>
        <translation>运行操作说明</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A council is already running — Esc cancels it.</source>
        <translation>已有委员会正在运行 — 按 Esc 取消。</translation>
    </message>
    <message>
        <source>{name} at {url}</source>
        <translation>{name}，位于 {url}</translation>
    </message>
    <message>
        <source>Not started: the API key would travel unencrypted (plain http://) to {where}. Use https://, or confirm to send it anyway.</source>
        <translation>未启动：API 密钥将以未加密方式（普通 http://）发送到 {where}。请使用 https://，或确认仍要发送。</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>&amp;Models · stage 1</source>
        <translation>模型 · 阶段 1(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Models · nobody in this stage</source>
        <translation>模型 · 此阶段无成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Models · stage {stage}</source>
        <translation>模型 · 阶段 {stage}(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Models · stage {stage}, where the run stopped</source>
        <translation>模型 · 阶段 {stage}，运行在此停止(&amp;M)</translation>
    </message>
    <message>
        <source>Stage 1 done: {n} answer — Ctrl+2 shows them.</source>
        <translation>阶段 1 完成：{n} 个回答 — 按 Ctrl+2 查看。</translation>
    </message>
    <message>
        <source>Stage 1 done: {n} answers — Ctrl+2 shows them.</source>
        <translation>阶段 1 完成：{n} 个回答 — 按 Ctrl+2 查看。</translation>
    </message>
    <message>
        <source>Peer review skipped.</source>
        <translation>已跳过同行评审。</translation>
    </message>
    <message>
        <source>Peer review done: {n} review — Ctrl+3 shows them.</source>
        <translation>同行评审完成：{n} 个评审 — 按 Ctrl+3 查看。</translation>
    </message>
    <message>
        <source>Peer review done: {n} reviews — Ctrl+3 shows them.</source>
        <translation>同行评审完成：{n} 个评审 — 按 Ctrl+3 查看。</translation>
    </message>
    <message>
        <source>The chairman is writing the final answer — Ctrl+1 shows it.</source>
        <translation>主席正在撰写最终回答 — 按 Ctrl+1 查看。</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <extracomment>How long after :meth:`SafeTextBrowser.replace_document` the view paints again (room for another turn&apos;s work). How long one slice of a Markdown build may work before it lets the event loop run. Blocks laid out between two looks at the clock. The size of the parts a long text is parsed in (characters; each part ends at a blank line).</extracomment>
        <translation>[图片：{alt}]</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>复制此代码</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>How long a model may take to start answering once its request is sent (waiting in a local server&apos;s queue does not count). A model silent for this long is stopped and counted as failed.</source>
        <translation>发送请求后，模型开始回答所能花费的最长时间（在本地服务器队列中等待的时间不计入）。沉默这么久的模型会被停止并计为失败。</translation>
    </message>
    <message>
        <source>The most one whole answer may take. Long, careful answers and slow local models need more.</source>
        <translation>一个完整回答最多可花费的时间。长而细致的回答和较慢的本地模型需要更多时间。</translation>
    </message>
    <message>
        <source>How adventurous the members&apos; answers are: 0 is the most predictable, around 0.7 the usual, above 1 erratic.</source>
        <translation>成员回答的大胆程度：0 最可预测，0.7 左右为常用值，高于 1 则不稳定。</translation>
    </message>
    <message>
        <source>For the peer reviews: a low value keeps the rankings consistent and easy to read.</source>
        <translation>用于同行评审：较低的值能让排名保持一致且易于阅读。</translation>
    </message>
    <message>
        <source>For the chairman&apos;s final answer.</source>
        <translation>用于主席的最终回答。</translation>
    </message>
    <message>
        <source>The longest answer a model may write (a token is about three quarters of a word). Paid models reserve credit for this many tokens per request; a local model&apos;s context must hold it and the question.</source>
        <translation>模型可以写出的最长回答（一个 token 约为四分之三个英文单词）。付费模型会为每个请求预留这么多 token 的额度；本地模型的上下文必须能容纳它和问题。</translation>
    </message>
    <message>
        <source>Stages 1 and 2 end as soon as this many members have finished; the others are stopped (their text is kept). “every member” waits for all.</source>
        <translation>一旦有这么多成员完成，阶段 1 和 2 即结束；其他成员会被停止（保留其文本）。“所有成员”表示等待全部完成。</translation>
    </message>
    <message>
        <source>Stages 1 and 2 end this long after they started, with the members that have finished (if none has, with the first that does). “none”: no deadline.</source>
        <translation>阶段 1 和 2 在开始后经过这么长时间即结束，只使用已完成的成员（如果还没有成员完成，则使用第一个完成的成员）。“无”：没有截止时间。</translation>
    </message>
    <message>
        <source>Settings — LLM Council</source>
        <translation>设置 — LLM Council</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>OpenRouter key</source>
        <translation>OpenRouter 密钥</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Timeouts &amp;&amp; temperatures</source>
        <translation>超时 &amp;&amp; 温度</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>设置问题</translation>
    </message>
    <message>
        <source>First-token timeout in seconds</source>
        <translation>首个 token 超时（秒）</translation>
    </message>
    <message>
        <source>Total timeout in seconds</source>
        <translation>总超时（秒）</translation>
    </message>
    <message>
        <source>Answer temperature</source>
        <translation>回答温度</translation>
    </message>
    <message>
        <source>Review temperature</source>
        <translation>评审温度</translation>
    </message>
    <message>
        <source>Chairman temperature</source>
        <translation>主席温度</translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation>每个回答的最大 token 数</translation>
    </message>
    <message>
        <source>every member</source>
        <translation>所有成员</translation>
    </message>
    <message>
        <source> members</source>
        <translation> 个成员</translation>
    </message>
    <message>
        <source>Quorum: a stage ends once this many members finished it</source>
        <translation>法定数：一旦有这么多成员完成，阶段即结束</translation>
    </message>
    <message>
        <source>Stage deadline in seconds</source>
        <translation>阶段截止时间（秒）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>First token &amp;within:</source>
        <translation>首个 token 时限(&amp;W)：</translation>
    </message>
    <message>
        <source>Whole answer w&amp;ithin:</source>
        <translation>完整回答时限(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Answer temperature (stage 1):</source>
        <translation>回答温度（阶段 1）(&amp;A)：</translation>
    </message>
    <message>
        <source>Re&amp;view temperature (stage 2):</source>
        <translation>评审温度（阶段 2）(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;hairman temperature (stage 3):</source>
        <translation>主席温度（阶段 3）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Max tokens per answer:</source>
        <translation>每个回答的最大 token 数(&amp;M)：</translation>
    </message>
    <message>
        <source>End a stage once this many &amp;finished:</source>
        <translation>完成此数量后结束阶段(&amp;F)：</translation>
    </message>
    <message>
        <source>End a stage a&amp;fter:</source>
        <translation>阶段结束时限(&amp;F)：</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Reset timeouts and temperatures to their defaults</source>
        <translation>将超时和温度恢复为默认值</translation>
    </message>
    <message>
        <source>Put every value on this page back to its default (saved when you press Save)</source>
        <translation>将此页上的所有值恢复为默认值（按“保存”时保存）</translation>
    </message>
    <message>
        <source>Add at least one council member.</source>
        <translation>请至少添加一个委员会成员。</translation>
    </message>
    <message>
        <source>Choose a chairman.</source>
        <translation>请选择一个主席。</translation>
    </message>
    <message>
        <source>&apos;{model}&apos; names a provider that is not configured on the Providers page.</source>
        <translation>“{model}”指定的提供商未在“提供商”页面中配置。</translation>
    </message>
    <message>
        <source>OpenRouter key: {problem}</source>
        <translation>OpenRouter 密钥：{problem}</translation>
    </message>
    <message>
        <source>Key of provider &apos;{name}&apos;: {problem}</source>
        <translation>提供商“{name}”的密钥：{problem}</translation>
    </message>
    <message>
        <source>Members search the web (where their provider can)</source>
        <translation>成员搜索网络（在其提供商支持时）</translation>
    </message>
    <message>
        <source>Web search by default</source>
        <translation>默认使用网络搜索</translation>
    </message>
    <message>
        <source>The default of the council bar&apos;s Web search toggle (OpenRouter&apos;s web plugin; it costs extra per request)</source>
        <translation>委员会栏中“网络搜索”开关的默认值（OpenRouter 的 web 插件；每个请求需额外费用）</translation>
    </message>
    <message>
        <source>Web search:</source>
        <translation>网络搜索：</translation>
    </message>
    <message>
        <source>Budget per run in USD</source>
        <translation>每次运行的预算（USD）</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>A stage whose estimate would pass what is left is not started, and when the cost passes the cap every open request is stopped (its text kept); the run says why. “no cap”: no limit.</source>
        <translation>如果某个阶段的估算费用会超出剩余预算，则不会启动该阶段；当费用超过上限时，所有未完成的请求都会被停止（保留其文本）；运行会说明原因。“无上限”：没有限制。</translation>
    </message>
    <message>
        <source>Spend at most per run:</source>
        <translation>每次运行最多花费：</translation>
    </message>
    <message>
        <source>✗ Not saved: {problems}</source>
        <translation>✗ 未保存：{problems}</translation>
    </message>
    <message>
        <source>✗ The settings could not be written: {error}</source>
        <translation>✗ 无法写入设置：{error}</translation>
    </message>
    <message>
        <source>Language — LLM Council</source>
        <translation>语言 — LLM Council</translation>
    </message>
    <message>
        <source>The new language is used when LLM Council starts again.</source>
        <translation>LLM Council 重新启动后将使用新语言。</translation>
    </message>
    <message>
        <source>Language changes at the next start</source>
        <translation>语言将在下次启动时更改</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Move between controls</source>
        <translation>在控件之间移动</translation>
    </message>
    <message>
        <source>Open the focused row&apos;s menu (model list: skip, copy id; history: open, ask again, export, delete)</source>
        <translation>打开焦点所在行的菜单（模型列表：跳过、复制 ID；历史记录：打开、再次提问、导出、删除）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>SourcesStrip</name>
    <message>
        <source>Sources: {sources} · and {more} more</source>
        <translation>来源：{sources} · 及另外 {more} 个</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Cited sources</source>
        <translation>引用的来源</translation>
    </message>
    <message>
        <source>Provider note</source>
        <translation>提供商说明</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>Done — the council has answered</source>
        <translation>完成 — 委员会已回答</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>The run failed in stage {stage}/{total}</source>
        <translation>运行在阶段 {stage}/{total} 失败</translation>
    </message>
    <message>
        <source>Cancelled in stage {stage}/{total}</source>
        <translation>在阶段 {stage}/{total} 取消</translation>
    </message>
    <message>
        <source>Interrupted in stage {stage}/{total}</source>
        <translation>在阶段 {stage}/{total} 中断</translation>
    </message>
    <message>
        <source>Independent answers</source>
        <translation>独立回答</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>同行评审</translation>
    </message>
    <message>
        <source>Chairman synthesis</source>
        <translation>主席综合</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stage {stage}/{total} — {name} · {done} of {members} finished</source>
        <translation>阶段 {stage}/{total} — {name} · {members} 个中已完成 {done} 个</translation>
    </message>
    <message>
        <source>Stage {stage}/{total} — {name}</source>
        <translation>阶段 {stage}/{total} — {name}</translation>
    </message>
    <message>
        <source>Done — the answers and their peer review are in</source>
        <translation>完成 — 回答及其同行评审已就绪</translation>
    </message>
    <message>
        <source>Done — the answers are in</source>
        <translation>完成 — 回答已就绪</translation>
    </message>
    <message>
        <source>Done, degraded — {reasons}</source>
        <translation>完成，已降级 — {reasons}</translation>
    </message>
    <message>
        <source>Past run · {state}</source>
        <translation>过去的运行 · {state}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Council progress</source>
        <translation>委员会进度</translation>
    </message>
    <message>
        <source>Synthesize now</source>
        <translation>立即综合</translation>
    </message>
    <message>
        <source>End this stage with the members that have finished: the others are stopped (their text is kept) and the council goes on (Ctrl+Shift+Enter)</source>
        <translation>用已完成的成员结束此阶段：其他成员会被停止（保留其文本），委员会继续进行（Ctrl+Shift+Enter）</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>任意模式</translation>
    </message>
    <message>
        <source>Full council</source>
        <translation>完整委员会</translation>
    </message>
    <message>
        <source>Answers and review</source>
        <translation>回答和评审</translation>
    </message>
    <message>
        <source>Answers only</source>
        <translation>仅回答</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>委员会次数</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>胜出</translation>
    </message>
    <message>
        <source>Avg rank</source>
        <translation>平均排名</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>Borda</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首个 token</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Score per $</source>
        <translation>每 $ 得分</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审者</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Own family</source>
        <translation>本系列</translation>
    </message>
    <message>
        <source>Other families</source>
        <translation>其他系列</translation>
    </message>
    <message>
        <source>Own family, by others</source>
        <translation>本系列（他人评）</translation>
    </message>
    <message>
        <source>Lean</source>
        <translation>倾向</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>每日花费</translation>
    </message>
    <message>
        <source>{key}: {cost}, {calls} calls</source>
        <translation>{key}：{cost}，{calls} 次调用</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>每月花费</translation>
    </message>
    <message>
        <source>{key}: {cost} over {calls} calls, {tokens} tokens ({unpriced} reported no cost)</source>
        <translation>{key}：{calls} 次调用共 {cost}，{tokens} 个 token（{unpriced} 次未报告费用）</translation>
    </message>
    <message>
        <source>{key}: {cost} over {calls} calls, {tokens} tokens</source>
        <translation>{key}：{calls} 次调用共 {cost}，{tokens} 个 token</translation>
    </message>
    <message>
        <source>{score} · {wins}/{ranked} wins · avg rank {avg}</source>
        <translation>{score} · {wins}/{ranked} 次胜出 · 平均排名 {avg}</translation>
    </message>
    <message>
        <source>{score} · {wins}/{ranked} wins</source>
        <translation>{score} · {wins}/{ranked} 次胜出</translation>
    </message>
    <message>
        <source>{model}: score {score} from {votes} placements; first in {wins} of {ranked} councils that ranked it</source>
        <translation>{model}：得分 {score}，基于 {votes} 次排名；在 {ranked} 次给它排名的委员会中有 {wins} 次排第一</translation>
    </message>
    <message>
        <source>{cost} · {value} score/$</source>
        <translation>{cost} · {value} 分/$</translation>
    </message>
    <message>
        <source>{model}: {cost} in all its calls; an average answer {answer_cost}</source>
        <translation>{model}：所有调用共 {cost}；平均每个回答 {answer_cost}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>{lean} pts</source>
        <translation>{lean} 分</translation>
    </message>
    <message>
        <source>{lean} pts (too few to tell)</source>
        <translation>{lean} 分（数据太少，无法判断）</translation>
    </message>
    <message>
        <source>Spend and leaderboard</source>
        <translation>花费和排行榜</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until (inclusive)</source>
        <translation>至（含）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>统计状态</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Spend summary</source>
        <translation>花费摘要</translation>
    </message>
    <message>
        <source>Spend per model</source>
        <translation>按模型统计的花费</translation>
    </message>
    <message>
        <source>Spend per provider</source>
        <translation>按提供商统计的花费</translation>
    </message>
    <message>
        <source>Score (100% = placed first by every reviewer)</source>
        <translation>得分（100% = 被每个评审者排在第一）</translation>
    </message>
    <message>
        <source>Cost per model (all its calls)</source>
        <translation>每个模型的费用（所有调用）</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Wins: councils whose ranking put it first (of those that ranked it). Score: 100% = placed first by every reviewer, 0% = last. First token and duration: medians of its latest {n} answers. Score per $: score per dollar of an average answer. Re-used answers are counted once.</source>
        <translation>胜出：排名将其列为第一的委员会次数（在给它排名的委员会中）。得分：100% = 被每个评审者排在第一，0% = 排在最后。首个 token 和耗时：其最近 {n} 个回答的中位数。每 $ 得分：平均每个回答每花一美元获得的得分。复用的回答只计一次。</translation>
    </message>
    <message>
        <source>Self-preference</source>
        <translation>自我偏好</translation>
    </message>
    <message>
        <source>Scores as in the leaderboard; n = the placements behind each. “Own family, by others”: how reviewers of other vendors placed the same answers. Lean = own family minus that (a reviewer never sees its own answer). Fewer than {n} placements on either side is too few to tell.</source>
        <translation>得分与排行榜中相同；n = 每项得分所依据的排名次数。“本系列（他人评）”：其他厂商的评审者如何给同样的回答排名。倾向 = 本系列减去该值（评审者永远看不到自己的回答）。任一方少于 {n} 次排名则数据太少，无法判断。</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The statistics cannot be read: {reason}</source>
        <translation>无法读取统计数据：{reason}</translation>
    </message>
    <message>
        <source>No runs in this period yet.</source>
        <translation>此期间暂无运行。</translation>
    </message>
    <message>
        <source>No runs yet: ask the council a question.</source>
        <translation>暂无运行：向委员会提一个问题吧。</translation>
    </message>
    <message>
        <source>Spent today {today} · this month {month} · in this period {total} — {calls} calls</source>
        <translation>今日花费 {today} · 本月 {month} · 此期间 {total} — {calls} 次调用</translation>
    </message>
    <message>
        <source>Spent today {today} · this month {month} · all time {total} — {calls} calls</source>
        <translation>今日花费 {today} · 本月 {month} · 全部时间 {total} — {calls} 次调用</translation>
    </message>
    <message>
        <source>{summary} ({n} reported no cost)</source>
        <translation>{summary}（{n} 次未报告费用）</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation>{n} 个模型</translation>
    </message>
</context>
<context>
    <name>SummaryBanner</name>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Note banner</source>
        <translation>说明横幅</translation>
    </message>
    <message>
        <source>Warning banner</source>
        <translation>警告横幅</translation>
    </message>
    <message>
        <source>Error banner</source>
        <translation>错误横幅</translation>
    </message>
    <message>
        <source>Done banner</source>
        <translation>完成横幅</translation>
    </message>
    <message>
        <source>{n} answer (stage 1)</source>
        <translation>{n} 个回答（阶段 1）</translation>
    </message>
    <message>
        <source>{n} answers (stage 1)</source>
        <translation>{n} 个回答（阶段 1）</translation>
    </message>
    <message>
        <source>{n} review (stage 2)</source>
        <translation>{n} 个评审（阶段 2）</translation>
    </message>
    <message>
        <source>{n} reviews (stage 2)</source>
        <translation>{n} 个评审（阶段 2）</translation>
    </message>
    <message>
        <source>the final answer</source>
        <translation>最终回答</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} 及另外 {n} 个</translation>
    </message>
    <message>
        <source>the partial text of {n} member ({names})</source>
        <translation>{n} 个成员的部分文本（{names}）</translation>
    </message>
    <message>
        <source>the partial text of {n} members ({names})</source>
        <translation>{n} 个成员的部分文本（{names}）</translation>
    </message>
    <message>
        <source>Nothing was kept.</source>
        <translation>未保留任何内容。</translation>
    </message>
    <message>
        <source>Kept: {items}.</source>
        <translation>已保留：{items}。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The run failed: {error} {kept}</source>
        <translation>运行失败：{error} {kept}</translation>
    </message>
    <message>
        <source>The run was cancelled. {kept}</source>
        <translation>运行已取消。{kept}</translation>
    </message>
    <message>
        <source>The run was interrupted (the app closed mid-run). {kept}</source>
        <translation>运行被中断（应用在运行中途关闭）。{kept}</translation>
    </message>
    <message>
        <source>Degraded — the final answer is not the whole council&apos;s work: {reasons}.</source>
        <translation>已降级 — 最终回答并非整个委员会的成果：{reasons}。</translation>
    </message>
    <message>
        <source>Stage 2 skipped — {notice}</source>
        <translation>已跳过阶段 2 — {notice}</translation>
    </message>
    <message>
        <source>Chairman fallback — {notice}</source>
        <translation>主席后备 — {notice}</translation>
    </message>
    <message>
        <source>{n} model request failed ({names}); the council went on without them.</source>
        <translation>{n} 个模型请求失败（{names}）；委员会在没有它们的情况下继续进行。</translation>
    </message>
    <message>
        <source>{n} model requests failed ({names}); the council went on without them.</source>
        <translation>{n} 个模型请求失败（{names}）；委员会在没有它们的情况下继续进行。</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>运行摘要</translation>
    </message>
    <message>
        <source>{glyph} {level}: {message}</source>
        <translation>{glyph} {level}：{message}</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>{title}
A thread of {n} runs (follow-ups and re-runs), the newest {when} — {status}
Opening it shows the conversation.</source>
        <translation>{title}
包含 {n} 个运行的会话串（追问和重新运行），最新一次 {when} — {status}
打开后显示对话。</translation>
    </message>
    <message>
        <source>{n} of its runs match “{search}”</source>
        <translation>其中 {n} 个运行与“{search}”匹配</translation>
    </message>
    <message>
        <source>{title}. A thread of runs. {details}</source>
        <translation>{title}。运行会话串。{details}</translation>
    </message>
    <message>
        <source>{n} matching runs of a thread</source>
        <translation>会话串中 {n} 个匹配的运行</translation>
    </message>
    <message>
        <source>thread of {n} runs</source>
        <translation>包含 {n} 个运行的会话串</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>{n} columns from {first} to {last}; the highest {top}: {value}</source>
        <translation>{n} 列，从 {first} 到 {last}；最高 {top}：{value}</translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation>无内容可显示</translation>
    </message>
    <message>
        <source>{title} — highest {label}: {value}</source>
        <translation>{title} — 最高 {label}：{value}</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>暂无内容可显示。</translation>
    </message>
</context>
<context>
    <name>WindowPower</name>
    <message>
        <source>You are offline: asking the models again needs the network (the earlier run stays as it is).</source>
        <translation>你处于离线状态：再次询问模型需要网络（先前的运行保持不变）。</translation>
    </message>
    <message>
        <source>No OpenRouter key: add one in Settings to ask OpenRouter models again.</source>
        <translation>没有 OpenRouter 密钥：请在设置中添加一个，以再次询问 OpenRouter 模型。</translation>
    </message>
    <message>
        <source>A council is running: re-run or follow up once it has finished.</source>
        <translation>有委员会正在运行：请在其完成后再重新运行或追问。</translation>
    </message>
    <message>
        <source>This run cannot be opened: {error}</source>
        <translation>无法打开此运行：{error}</translation>
    </message>
    <message>
        <source>&amp;Presets…</source>
        <translation>预设(&amp;P)…</translation>
    </message>
    <message>
        <source>Spend and &amp;leaderboard…</source>
        <translation>花费和排行榜(&amp;L)…</translation>
    </message>
    <message>
        <source>Spend, the leaderboard of your models and self-preference</source>
        <translation>花费、你的模型排行榜和自我偏好</translation>
    </message>
    <message>
        <source>The history is not available: there is nothing to count.</source>
        <translation>历史记录不可用：没有可统计的内容。</translation>
    </message>
    <message>
        <source>The preset could not be remembered: {error}</source>
        <translation>无法记住该预设：{error}</translation>
    </message>
    <message>
        <source>Council: {name}.</source>
        <translation>委员会：{name}。</translation>
    </message>
    <message>
        <source>Prompts of “{title}”</source>
        <translation>“{title}”的提示词</translation>
    </message>
    <message>
        <source>Open a finished run first.</source>
        <translation>请先打开一个已完成的运行。</translation>
    </message>
    <message>
        <source>This cannot start.</source>
        <translation>无法启动。</translation>
    </message>
    <message>
        <source>Asking {model} again; the other answers are reused…</source>
        <translation>正在再次询问 {model}；复用其他回答…</translation>
    </message>
    <message>
        <source>Asking {model} too; the other answers are reused…</source>
        <translation>同时询问 {model}；复用其他回答…</translation>
    </message>
    <message>
        <source>Asking reviewer {model} again, then a new synthesis…</source>
        <translation>正在再次询问评审者 {model}，然后重新综合…</translation>
    </message>
    <message>
        <source>A new synthesis by {model}; nothing else is asked…</source>
        <translation>由 {model} 重新综合；不询问其他任何内容…</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>The model to ask too (its answer joins the others, then peer review and synthesis run anew):</source>
        <translation>同时要询问的模型（其回答将加入其他回答，然后重新进行同行评审和综合）：</translation>
    </message>
    <message>
        <source>New synthesis</source>
        <translation>重新综合</translation>
    </message>
    <message>
        <source>The chairman of the new synthesis (only it is asked):</source>
        <translation>新综合的主席（只询问它）：</translation>
    </message>
    <message>
        <source>Asking the council the follow-up…</source>
        <translation>正在向委员会追问…</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>正在询问 {model}…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The run history cannot be opened: {problem} The app works without it: runs of this session are not saved.</source>
        <translation>无法打开运行历史记录：{problem} 应用在没有它的情况下仍可使用：本次会话的运行不会被保存。</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>历史记录不可用</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Nothing to re-run: name a member, a reviewer or a chairman.</source>
        <translation>没有可重新运行的内容：请指定一个成员、评审者或主席。</translation>
    </message>
    <message>
        <source>A follow-up needs the run it follows.</source>
        <translation>追问需要它所接续的那次运行。</translation>
    </message>
    <message>
        <source>The prompt is empty: type a question for the council.</source>
        <translation>提示词为空：请向委员会提一个问题。</translation>
    </message>
    <message>
        <source>The council has no members: add at least one model.</source>
        <translation>委员会没有成员：请至少添加一个模型。</translation>
    </message>
    <message>
        <source>No chairman model is set.</source>
        <translation>尚未设置主席模型。</translation>
    </message>
    <message>
        <source>The quorum must be at least 1.</source>
        <translation>法定人数至少为 1。</translation>
    </message>
    <message>
        <source>The stage deadline must be a positive number of seconds.</source>
        <translation>阶段时限必须是正的秒数。</translation>
    </message>
    <message>
        <source>No OpenRouter API key yet, and this council asks OpenRouter models.</source>
        <translation>尚无 OpenRouter API 密钥，而此委员会要询问 OpenRouter 模型。</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring ({backend}).</source>
        <translation>密钥保存在系统密钥环中（{backend}）。</translation>
    </message>
    <message>
        <source>No system keyring is available (no Secret Service / Keychain / Credential Manager was found): a key you enter is kept for this session only and is not saved. Set {env} to use a key without a keyring.</source>
        <translation>没有可用的系统密钥环（未找到 Secret Service / 钥匙串 / 凭据管理器）：你输入的密钥只在本次会话中保留，不会被保存。设置 {env} 即可在没有密钥环的情况下使用密钥。</translation>
    </message>
    <message>
        <source>Skipped by the user.</source>
        <translation>已被用户跳过。</translation>
    </message>
    <message>
        <source>Stopped: the stage ended early ({reason}).</source>
        <translation>已停止：该阶段提前结束（{reason}）。</translation>
    </message>
    <message>
        <source>{stage} ended early: {reason}; the members still working were stopped (their text kept).</source>
        <translation>{stage}提前结束：{reason}；仍在工作的成员已被停止（其文本已保留）。</translation>
    </message>
    <message>
        <source>ended early by the user</source>
        <translation>由用户提前结束</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Export run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <source>Export {n} runs</source>
        <translation>导出 {n} 个运行</translation>
    </message>
    <message>
        <source>{file} was not imported: {problem}.</source>
        <translation>未导入 {file}：{problem}。</translation>
    </message>
    <message>
        <source>Imported {n} run from {file}.</source>
        <translation>已从 {file} 导入 {n} 个运行。</translation>
    </message>
    <message>
        <source>Imported {n} runs from {file}.</source>
        <translation>已从 {file} 导入 {n} 个运行。</translation>
    </message>
    <message>
        <source>{n} run was already in the history.</source>
        <translation>{n} 个运行已在历史记录中。</translation>
    </message>
    <message>
        <source>{n} runs were already in the history.</source>
        <translation>{n} 个运行已在历史记录中。</translation>
    </message>
    <message>
        <source>{n} run with the id of a different run in the history was left out (the command line&apos;s import --replace overwrites).</source>
        <translation>{n} 个运行的 ID 与历史记录中另一个运行相同，已被略过（命令行的 import --replace 会覆盖）。</translation>
    </message>
    <message>
        <source>{n} runs with the id of a different run in the history were left out (the command line&apos;s import --replace overwrites).</source>
        <translation>{n} 个运行的 ID 与历史记录中另一个运行相同，已被略过（命令行的 import --replace 会覆盖）。</translation>
    </message>
    <message>
        <source>{file} holds no runs.</source>
        <translation>{file} 中没有运行。</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是常规文件</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>无法读取它（{reason}）</translation>
    </message>
    <message>
        <source>it is larger than a run export can be ({n} bytes)</source>
        <translation>它超过了运行导出文件可能的大小（{n} 字节）</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {n})</source>
        <translation>它不是 UTF-8 文本（第 {n} 字节）</translation>
    </message>
    <message>
        <source>it is not a run export ({reason})</source>
        <translation>它不是运行导出文件（{reason}）</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>思考中</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>{count} token</source>
        <translation>{count} 个 token</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} 个 token</translation>
    </message>
    <message>
        <source>skipped by the user</source>
        <translation>被用户跳过</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>the run ended first</source>
        <translation>运行先结束了</translation>
    </message>
    <message>
        <source>check the key in Settings</source>
        <translation>请在设置中检查密钥</translation>
    </message>
    <message>
        <source>Check the key: Settings → OpenRouter key (Test key says whether it works), or the provider&apos;s key on the Providers page.</source>
        <translation>请检查密钥：设置 → OpenRouter 密钥（“测试密钥”可告诉你它是否可用），或“提供商”页面中该提供商的密钥。</translation>
    </message>
    <message>
        <source>top up credits or lower Max tokens</source>
        <translation>充值额度或降低最大 token 数</translation>
    </message>
    <message>
        <source>Top up your OpenRouter credits (openrouter.ai/settings/credits), or lower “Max tokens per answer” in Settings → Timeouts &amp; temperatures: a request reserves credit for its whole answer.</source>
        <translation>为你的 OpenRouter 账户充值额度（openrouter.ai/settings/credits），或在 设置 → 超时 &amp; 温度 中降低“每个回答的最大 token 数”：每个请求都会为其完整回答预留额度。</translation>
    </message>
    <message>
        <source>wait a minute, or pick another model</source>
        <translation>请稍等片刻，或选择其他模型</translation>
    </message>
    <message>
        <source>Wait a minute and ask again, or pick another model in Settings → Council (free models have tight rate limits).</source>
        <translation>请稍等片刻后再次提问，或在 设置 → 委员会 中选择其他模型（免费模型的速率限制很严格）。</translation>
    </message>
    <message>
        <source>pick another model</source>
        <translation>选择其他模型</translation>
    </message>
    <message>
        <source>Pick another model in Settings → Council: this id may be retired or mistyped.</source>
        <translation>请在 设置 → 委员会 中选择其他模型：此 ID 可能已下线或拼写错误。</translation>
    </message>
    <message>
        <source>allow more time, or pick a faster model</source>
        <translation>允许更多时间，或选择更快的模型</translation>
    </message>
    <message>
        <source>Allow more time (Settings → Timeouts &amp; temperatures → “First token within”), or pick a faster model.</source>
        <translation>允许更多时间（设置 → 超时 &amp; 温度 → “首个 token 时限”），或选择更快的模型。</translation>
    </message>
    <message>
        <source>lower Max tokens, or pick a larger model</source>
        <translation>降低最大 token 数，或选择更大的模型</translation>
    </message>
    <message>
        <source>The question and the answers did not fit this model&apos;s context window: lower “Max tokens per answer” in Settings, or pick a model with a larger context.</source>
        <translation>问题和回答超出了此模型的上下文窗口：请在设置中降低“每个回答的最大 token 数”，或选择上下文更大的模型。</translation>
    </message>
    <message>
        <source>ask again</source>
        <translation>再次提问</translation>
    </message>
    <message>
        <source>The connection dropped mid-answer: ask again.</source>
        <translation>回答中途连接断开：请再次提问。</translation>
    </message>
    <message>
        <source>rephrase, or pick another model</source>
        <translation>换种说法，或选择其他模型</translation>
    </message>
    <message>
        <source>The provider&apos;s moderation refused the request: rephrase the question, or pick another model.</source>
        <translation>提供商的内容审核拒绝了该请求：请换种方式表述问题，或选择其他模型。</translation>
    </message>
    <message>
        <source>ask again later, or pick another model</source>
        <translation>稍后再次提问，或选择其他模型</translation>
    </message>
    <message>
        <source>The provider had trouble serving this model: ask again later, or pick another model.</source>
        <translation>提供商在提供此模型时遇到问题：请稍后再次提问，或选择其他模型。</translation>
    </message>
    <message>
        <source>partial — {reason}</source>
        <translation>部分 — {reason}</translation>
    </message>
    <message>
        <source>reused from the earlier run · {detail}</source>
        <translation>复用自先前的运行 · {detail}</translation>
    </message>
    <message>
        <source>queued · {seconds} s, {ahead} ahead</source>
        <translation>排队中 · {seconds} 秒，前面还有 {ahead} 个</translation>
    </message>
    <message>
        <source>queued · {seconds} s</source>
        <translation>排队中 · {seconds} 秒</translation>
    </message>
    <message>
        <source>waiting · {seconds} s of {deadline} s</source>
        <translation>等待中 · {seconds} 秒 / {deadline} 秒</translation>
    </message>
    <message>
        <source>waiting · {seconds} s</source>
        <translation>等待中 · {seconds} 秒</translation>
    </message>
    <message>
        <source>generating · {tokens}…</source>
        <translation>生成中 · {tokens}…</translation>
    </message>
    <message>
        <source>thinking · {count} reasoning tokens…</source>
        <translation>思考中 · {count} 个推理 token…</translation>
    </message>
    <message>
        <source>retrying in {seconds} s</source>
        <translation>{seconds} 秒后重试</translation>
    </message>
    <message>
        <source>{mark} · {tokens} kept</source>
        <translation>{mark} · 已保留 {tokens}</translation>
    </message>
    <message>
        <source>failed ({code}) · {remedy}</source>
        <translation>失败（{code}）· {remedy}</translation>
    </message>
    <message>
        <source>failed · {remedy}</source>
        <translation>失败 · {remedy}</translation>
    </message>
    <message>
        <source>done in {duration} (from sending the request)</source>
        <translation>用时 {duration} 完成（从发送请求起算）</translation>
    </message>
    <message>
        <source>first token after {duration}</source>
        <translation>{duration} 后输出首个 token</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} token/秒</translation>
    </message>
    <message>
        <source>queued {duration} before sending</source>
        <translation>发送前排队 {duration}</translation>
    </message>
    <message>
        <source>HTTP {code}</source>
        <translation>HTTP {code}</translation>
    </message>
    <message>
        <source>What you can do: {remedy}</source>
        <translation>你可以这样做：{remedy}</translation>
    </message>
    <message>
        <source>reasoning: {count} tokens (counted apart)</source>
        <translation>推理：{count} 个 token（单独计算）</translation>
    </message>
    <message>
        <source>Finished in {duration}</source>
        <translation>用时 {duration} 完成</translation>
    </message>
    <message>
        <source>Failed after {duration}</source>
        <translation>{duration} 后失败</translation>
    </message>
    <message>
        <source>Cancelled after {duration}</source>
        <translation>{duration} 后取消</translation>
    </message>
    <message>
        <source>Interrupted after {duration}</source>
        <translation>{duration} 后中断</translation>
    </message>
    <message>
        <source>Running for {duration}</source>
        <translation>已运行 {duration}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Took {duration}</source>
        <translation>耗时 {duration}</translation>
    </message>
</context>
</TS>
