<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SCORE Desktop</source>
        <translation>关于 SCORE 桌面版</translation>
    </message>
    <message>
        <source>For consultants of the ILO SCORE programme: enterprises, visits, floor plans, hazards, improvement plans and reports, offline.</source>
        <translation>为国际劳工组织 SCORE 项目的顾问提供：企业、走访、平面图、危害、改进计划和报告，离线可用。</translation>
    </message>
    <message>
        <source>unknown (the bundle&apos;s build record is missing)</source>
        <translation>未知（安装包缺少构建记录）</translation>
    </message>
    <message>
        <source>run from source</source>
        <translation>从源代码运行</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>构建时间</translation>
    </message>
    <message>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>Versions, platform, report fonts and recent errors, for a support request. No names, paths or records.</source>
        <translation>版本、平台、报告字体和最近的错误，用于技术支持请求。不含姓名、路径或记录。</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your message.</source>
        <translation>诊断信息已复制：请粘贴到您的消息中。</translation>
    </message>
</context>
<context>
    <name>AnswerPhotos</name>
    <message>
        <source>(damaged)</source>
        <translation>（已损坏）</translation>
    </message>
    <message>
        <source>Drop photos here to add them to this answer</source>
        <translation>将照片拖放到此处，添加到此回答</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>From the gallery…</source>
        <translation>从图库选择…</translation>
    </message>
    <message>
        <source>Remove from answer</source>
        <translation>从回答中移除</translation>
    </message>
    <message>
        <source>Photos on “%1”</source>
        <translation>“%1”的照片</translation>
    </message>
</context>
<context>
    <name>Arrangement</name>
    <message>
        <source>Bring to front</source>
        <translation>置于顶层</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>置于底层</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>微移</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
</context>
<context>
    <name>BandsDialog</name>
    <message>
        <source>Risk bands</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1（自定义）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Up to (score)</source>
        <translation>上限（分值）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>（无上限）</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>Factors stay those of %1; bands are checked from the top: a score up to each limit takes that band.</source>
        <translation>因素沿用 %1；按顺序判定等级：分值不超过某一上限即属于该等级。</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>等级颜色</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
</context>
<context>
    <name>BaselinePanel</name>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>良好做法</translation>
    </message>
    <message>
        <source>In place at baseline</source>
        <translation>基线时已具备</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— 未询问 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>添加问题…</translation>
    </message>
    <message>
        <source>A good practice your programme asks about, for every enterprise</source>
        <translation>您的项目要询问的良好做法，适用于所有企业</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Baseline corrections</source>
        <translation>基线更正记录</translation>
    </message>
    <message>
        <source>Add good-practice question</source>
        <translation>添加良好做法问题</translation>
    </message>
    <message>
        <source>%1 of %2 good practices in place (%3 answered).</source>
        <translation>%2 项良好做法中已有 %1 项（已回答 %3 项）。</translation>
    </message>
    <message>
        <source>Baseline survey answer</source>
        <translation>基线调查回答</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Drag the footprint, or click to place a standard size; type a size first (2.5x1.2) to place that.</source>
        <translation>拖动绘制占地范围，或单击放置标准尺寸；先输入尺寸（2.5x1.2）再单击即按该尺寸放置。</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
</context>
<context>
    <name>CalibrateTool</name>
    <message>
        <source>Drag along a length you know (a wall, a door), then type it in metres.</source>
        <translation>沿已知长度（墙、门）拖动，然后输入其长度（米）。</translation>
    </message>
    <message>
        <source>Calibrate scale</source>
        <translation>校准比例</translation>
    </message>
    <message>
        <source>Real length of the line, in metres:</source>
        <translation>该线段的实际长度（米）：</translation>
    </message>
    <message>
        <source>Scale set: %1 m per unit</source>
        <translation>比例已设定：每单位 %1 米</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Hazard categories</source>
        <translation>危害类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>NR-5 group</source>
        <translation>NR-5 分组</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Double-click a colour to change it. Categories in use cannot be removed; rename them instead.</source>
        <translation>双击颜色可修改。已使用的类别不能删除，可改名。</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
</context>
<context>
    <name>CellFilter</name>
    <message>
        <source>Show the hazards of every cell (Esc)</source>
        <translation>显示所有单元格的危害（Esc）</translation>
    </message>
    <message>
        <source>%1 %2 × %3 %4</source>
        <comment>a risk-matrix cell: factor, level, factor, level</comment>
        <translation>%1 %2 × %3 %4</translation>
    </message>
    <message>
        <source>Matrix cell filter: %1</source>
        <translation>矩阵单元格筛选：%1</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
</context>
<context>
    <name>CommentActions</name>
    <message>
        <source>Select a hazard, an EIP project, a visit or a plan to see its comments.</source>
        <translation>请选择一个危害、EIP 项目、访问或平面图以查看其评论。</translation>
    </message>
</context>
<context>
    <name>CommentThreadDialog</name>
    <message>
        <source>Comments — %1</source>
        <translation>评论 — %1</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>还没有评论。</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>写评论…</translation>
    </message>
    <message>
        <source>&amp;Post comment</source>
        <translation>发表评论(&amp;P)</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>请先写点内容。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Before and after — %1</source>
        <translation>改善前后 — %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>改善前：%1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>改善后：%1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>滑块</translation>
    </message>
</context>
<context>
    <name>ConflictInboxDialog</name>
    <message>
        <source>Conflict inbox</source>
        <translation>冲突收件箱</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>保留两者(&amp;B)</translation>
    </message>
    <message>
        <source>Two texts: mine, then theirs, as two paragraphs</source>
        <translation>两段文字：先是我的，然后是对方的，分为两个段落</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from other workspaces wait for your decision.</source>
        <translation>
            <numerusform>%n 项来自其他工作区的更改正等待您的决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts wait: every package received has been merged.</source>
        <translation>没有待处理的冲突：收到的所有数据包均已合并。</translation>
    </message>
    <message>
        <source>Conflict decided: kept mine</source>
        <translation>冲突已决定：保留我的</translation>
    </message>
    <message>
        <source>Conflict decided: kept theirs</source>
        <translation>冲突已决定：保留对方的</translation>
    </message>
    <message>
        <source>Conflict decided: kept both</source>
        <translation>冲突已决定：保留两者</translation>
    </message>
    <message>
        <source>Here %1 already has this value, and there can only be one. Keep mine, or delete or change that one first and then keep theirs.</source>
        <translation>此处 %1 已使用此值，且只能有一个。请保留我的，或先删除或修改那一条，再保留对方的。</translation>
    </message>
    <message>
        <source>Not done: there is already another %1 for %2, and there can only be one. Choose the other side, or delete that one first.</source>
        <translation>未执行：%2 已有另一条“%1”，且只能有一条。请选择另一方，或先删除那一条。</translation>
    </message>
    <message>
        <source>%1 (entered in both workspaces)</source>
        <translation>%1（两个工作区都录入了）</translation>
    </message>
    <message>
        <source>%1 (was used here by another record)</source>
        <translation>%1（此处曾被另一条记录使用）</translation>
    </message>
    <message>
        <source>%1 (already used here by %2)</source>
        <translation>%1（此处已被 %2 使用）</translation>
    </message>
    <message>
        <source>Deleted there, changed here</source>
        <translation>对方已删除，此处已修改</translation>
    </message>
    <message>
        <source>Deleted here, changed there</source>
        <translation>此处已删除，对方已修改</translation>
    </message>
    <message>
        <source>Deleted and restored</source>
        <translation>已删除后又恢复</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>(kept, with changes)</source>
        <translation>（保留，含修改）</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the office server</source>
        <translation>连接办公室服务器</translation>
    </message>
    <message>
        <source>Your workspace stays on this computer and works offline; a sync sends your changes to the office server and brings your colleagues&apos; back.</source>
        <translation>您的工作区保存在这台电脑上，可离线使用；同步会把您的更改发送到办公室服务器，并取回同事的更改。</translation>
    </message>
    <message>
        <source>for example db.office.example</source>
        <translation>例如 db.office.example</translation>
    </message>
    <message>
        <source>the login the office gave you</source>
        <translation>办公室给您的登录名</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation>加密连接 (TLS)</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>密码保存在这台电脑的钥匙串中。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is not kept, and is asked for once each time SCORE Desktop starts.</source>
        <translation>这台电脑没有钥匙串：密码不会被保存，每次启动 SCORE Desktop 时会询问一次。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>连接并同步</translation>
    </message>
    <message>
        <source>The server&apos;s address is needed.</source>
        <translation>需要填写服务器地址。</translation>
    </message>
    <message>
        <source>The database&apos;s name is needed.</source>
        <translation>需要填写数据库名称。</translation>
    </message>
    <message>
        <source>Your name (login) is needed.</source>
        <translation>需要填写您的名称（登录名）。</translation>
    </message>
</context>
<context>
    <name>CustomIndicatorDialog</name>
    <message>
        <source>A: one typed value</source>
        <translation>A：一个输入值</translation>
    </message>
    <message>
        <source>A ÷ B</source>
        <translation>A ÷ B</translation>
    </message>
    <message>
        <source>A ÷ B × 100 (%)</source>
        <translation>A ÷ B × 100 (%)</translation>
    </message>
    <message>
        <source>A ÷ B × 1,000</source>
        <translation>A ÷ B × 1,000</translation>
    </message>
    <message>
        <source>A ÷ B × 1,000,000</source>
        <translation>A ÷ B × 1,000,000</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Neither (describes the enterprise)</source>
        <translation>两者都不是（描述企业情况）</translation>
    </message>
    <message>
        <source>e.g. Kg of scrap copper</source>
        <translation>例如：废铜公斤数</translation>
    </message>
    <message>
        <source>e.g. Tonnes of copper drawn</source>
        <translation>例如：拉制铜吨数</translation>
    </message>
    <message>
        <source>Counted in &amp;whole numbers (people, cases…)</source>
        <translation>按整数计数（人数、件数…）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>公式(&amp;F)：</translation>
    </message>
    <message>
        <source>A (typed):</source>
        <translation>A（输入）：</translation>
    </message>
    <message>
        <source>B (typed, for a rate):</source>
        <translation>B（输入，用于比率）：</translation>
    </message>
    <message>
        <source>SCORE module:</source>
        <translation>SCORE模块：</translation>
    </message>
</context>
<context>
    <name>DamagedWorkspaceDialog</name>
    <message>
        <source>Damaged workspace</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>Recover copies every record that can still be read into a new workspace, which takes this one&apos;s place; the damaged file is renamed and kept.</source>
        <translation>“恢复”会把仍可读取的每条记录复制到一个新工作区，由它取代当前工作区；损坏的文件会被重命名并保留。</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>恢复可读取的内容</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>还原 %1 的备份</translation>
    </message>
    <message>
        <source>There is no good backup of this workspace.</source>
        <translation>此工作区没有完好的备份。</translation>
    </message>
    <message>
        <source>Its folder cannot be written. Copy the file to a folder you can write to, or recover it from the command line: score-desktop recover FILE NEW-FILE</source>
        <translation>其所在文件夹无法写入。请把文件复制到可写入的文件夹，或在命令行中恢复：score-desktop recover 文件 新文件</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Go on without editing</source>
        <translation>继续浏览（不可编辑）</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Decide on the plan…</source>
        <translation>对计划作出决定…</translation>
    </message>
    <message>
        <source>No decision on the improvement plan yet.</source>
        <translation>改进计划尚无决定。</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>已控制</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>安全监察员</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>企业改善小组</translation>
    </message>
    <message>
        <source>Workers&apos; risk mapping</source>
        <translation>工人风险地图</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>Chemical</source>
        <translation>化学</translation>
    </message>
    <message>
        <source>Biological</source>
        <translation>生物</translation>
    </message>
    <message>
        <source>Ergonomic</source>
        <translation>人机工效</translation>
    </message>
    <message>
        <source>Accident / mechanical</source>
        <translation>事故 / 机械</translation>
    </message>
    <message>
        <source>1 Elimination</source>
        <translation>1 消除</translation>
    </message>
    <message>
        <source>2 Substitution</source>
        <translation>2 替代</translation>
    </message>
    <message>
        <source>3 Engineering</source>
        <translation>3 工程控制</translation>
    </message>
    <message>
        <source>4 Administrative</source>
        <translation>4 管理控制</translation>
    </message>
    <message>
        <source>5 PPE</source>
        <translation>5 个人防护装备</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>当前风险</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>初始风险</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>剩余风险</translation>
    </message>
    <message>
        <source>Pins: current risk</source>
        <translation>图钉：当前风险</translation>
    </message>
    <message>
        <source>Pins: initial risk</source>
        <translation>图钉：初始风险</translation>
    </message>
    <message>
        <source>Pins: residual risk (with proposed controls)</source>
        <translation>图钉：剩余风险（采取建议措施后）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查表条目</translation>
    </message>
    <message>
        <source>Baseline finding</source>
        <translation>基线发现</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工人</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审查</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>已重新评估</translation>
    </message>
    <message>
        <source>Carried on</source>
        <translation>延续</translation>
    </message>
    <message>
        <source>3 × 3 probability × consequence (Peru / Spain)</source>
        <translation>3 × 3 可能性 × 后果（秘鲁 / 西班牙）</translation>
    </message>
    <message>
        <source>5 × 5 likelihood × severity</source>
        <translation>5 × 5 可能性 × 严重程度</translation>
    </message>
    <message>
        <source>A baseline correction is kept as it was made; correct again instead.</source>
        <translation>基线更正按原样保留；如需修改，请再做一次更正。</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>类别需要名称。</translation>
    </message>
    <message>
        <source>A comment has at most {limit} characters.</source>
        <translation>评论最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A comment is written in your own name.</source>
        <translation>评论须以您本人的名字撰写。</translation>
    </message>
    <message>
        <source>A comment needs its author&apos;s name.</source>
        <translation>评论需要作者姓名。</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>评论需要内容。</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <source>A floor plan needs a name.</source>
        <translation>平面图必须有名称。</translation>
    </message>
    <message>
        <source>A formula; write the value itself.</source>
        <translation>公式；请直接填写值。</translation>
    </message>
    <message>
        <source>A hazard needs a title.</source>
        <translation>危害需要标题。</translation>
    </message>
    <message>
        <source>A headcount cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <source>A key is needed here.</source>
        <translation>此处需要一个键。</translation>
    </message>
    <message>
        <source>A line needs two different end points.</source>
        <translation>线段需要两个不同的端点。</translation>
    </message>
    <message>
        <source>A machine or stairs needs a width and a depth.</source>
        <translation>机器或楼梯需要宽度和深度。</translation>
    </message>
    <message>
        <source>A member cannot leave the team before joining it.</source>
        <translation>成员不能在加入团队之前离开。</translation>
    </message>
    <message>
        <source>A method profile needs a name.</source>
        <translation>方法配置需要名称。</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A name is needed: it is shown beside every change you make.</source>
        <translation>需要填写姓名：它会显示在您所做的每项更改旁。</translation>
    </message>
    <message>
        <source>A pin needs both a plan and a position.</source>
        <translation>标记需要同时有平面图和位置。</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>项目需要标题。</translation>
    </message>
    <message>
        <source>A rate needs the figure it is divided by.</source>
        <translation>比率需要作为除数的数字。</translation>
    </message>
    <message>
        <source>A section needs a key, a title and items.</source>
        <translation>一个部分需要键、标题和条目。</translation>
    </message>
    <message>
        <source>A suggested action needs its module here.</source>
        <translation>建议的行动需要在此填写其模块。</translation>
    </message>
    <message>
        <source>A suggested hazard needs its category here.</source>
        <translation>建议的危害需要在此填写其类别。</translation>
    </message>
    <message>
        <source>A suggestion needs its text.</source>
        <translation>建议需要填写内容。</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>团队成员需要姓名。</translation>
    </message>
    <message>
        <source>A template is an object of fields.</source>
        <translation>模板必须是由字段组成的对象。</translation>
    </message>
    <message>
        <source>A template needs a title (the field “title:en”).</source>
        <translation>模板需要标题（字段“title:en”）。</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>模板需要标题。</translation>
    </message>
    <message>
        <source>A template needs at least one section.</source>
        <translation>模板至少需要一个部分。</translation>
    </message>
    <message>
        <source>A text annotation needs some text.</source>
        <translation>文字标注需要填写文字。</translation>
    </message>
    <message>
        <source>A text label needs some text.</source>
        <translation>文字标签需要填写文字。</translation>
    </message>
    <message>
        <source>A title is limited to {limit} characters.</source>
        <translation>标题最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A verified project needs the date it was verified.</source>
        <translation>已验证的项目需要验证日期。</translation>
    </message>
    <message>
        <source>A zone is listed twice.</source>
        <translation>某个区域被列出了两次。</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>区域至少需要三个角点。</translation>
    </message>
    <message>
        <source>A {kind} needs {needed} points, not {count}.</source>
        <translation>{kind} 需要 {needed} 个点，而不是 {count} 个。</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <source>Almost never</source>
        <translation>几乎从不</translation>
    </message>
    <message>
        <source>An annotation must lie on the photo.</source>
        <translation>标注必须位于照片上。</translation>
    </message>
    <message>
        <source>An enterprise needs a name.</source>
        <translation>企业必须有名称。</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>指标需要名称。</translation>
    </message>
    <message>
        <source>An item is an object of fields.</source>
        <translation>条目必须是由字段组成的对象。</translation>
    </message>
    <message>
        <source>An organisation has at most {limit} characters.</source>
        <translation>单位名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Annotation text is limited to {limit} characters.</source>
        <translation>标注文字最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Attention indicated</source>
        <translation>需要留意</translation>
    </message>
    <message>
        <source>Attention needed</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Band limits must increase from band to band.</source>
        <translation>各等级的上限必须逐级递增。</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>COVID-19 / infection</source>
        <translation>COVID-19 / 感染</translation>
    </message>
    <message>
        <source>COVID-19 Safety &amp; Health</source>
        <translation>新冠肺炎安全与健康</translation>
    </message>
    <message>
        <source>Catastrophe (many deaths)</source>
        <translation>灾难（多人死亡）</translation>
    </message>
    <message>
        <source>Catastrophic (death)</source>
        <translation>灾难性（死亡）</translation>
    </message>
    <message>
        <source>Choose the SCORE module this visit belongs to.</source>
        <translation>请选择本次走访所属的 SCORE 模块。</translation>
    </message>
    <message>
        <source>Clean Production</source>
        <translation>清洁生产</translation>
    </message>
    <message>
        <source>Click two different points to calibrate.</source>
        <translation>请点击两个不同的点进行校准。</translation>
    </message>
    <message>
        <source>Conceivable but very unlikely</source>
        <translation>可想象但极不可能</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>后果</translation>
    </message>
    <message>
        <source>Consider stopping the activity</source>
        <translation>考虑停止该作业</translation>
    </message>
    <message>
        <source>Constantly</source>
        <translation>持续</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>Correction required</source>
        <translation>必须整改</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Disaster (several deaths)</source>
        <translation>灾害（数人死亡）</translation>
    </message>
    <message>
        <source>Do not start work until reduced</source>
        <translation>风险降低前不得开始作业</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Exposed workers cannot be negative.</source>
        <translation>暴露人数不能为负数。</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露</translation>
    </message>
    <message>
        <source>Extra visit</source>
        <translation>额外走访</translation>
    </message>
    <message>
        <source>Extremely harmful</source>
        <translation>极其有害</translation>
    </message>
    <message>
        <source>Fine-Kinney (P × E × C)</source>
        <translation>Fine-Kinney（P × E × C）</translation>
    </message>
    <message>
        <source>Fire &amp; explosion</source>
        <translation>火灾与爆炸</translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation>跟进走访 1</translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation>跟进走访 2</translation>
    </message>
    <message>
        <source>Follow-up 3</source>
        <translation>跟进走访 3</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Frequent (daily)</source>
        <translation>经常（每天）</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>性别平等</translation>
    </message>
    <message>
        <source>Harmful</source>
        <translation>有害</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Human Resource Management</source>
        <translation>人力资源管理</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>立即整改</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Important (lost time)</source>
        <translation>重要（误工）</translation>
    </message>
    <message>
        <source>In review mode only photos taken after an improvement can be added.</source>
        <translation>审阅模式下只能添加改进后拍摄的照片。</translation>
    </message>
    <message>
        <source>In review mode you can change the status and the after photo of your projects only.</source>
        <translation>审阅模式下您只能更改您的项目的状态和改进后照片。</translation>
    </message>
    <message>
        <source>In review mode you can update only the projects you are responsible for.</source>
        <translation>审阅模式下您只能更新由您负责的项目。</translation>
    </message>
    <message>
        <source>Intake / baseline</source>
        <translation>初访/基线</translation>
    </message>
    <message>
        <source>Intolerable</source>
        <translation>不可容忍</translation>
    </message>
    <message>
        <source>Item key “{key}” is missing, malformed or used twice.</source>
        <translation>条目键“{key}”缺失、格式错误或重复使用。</translation>
    </message>
    <message>
        <source>Item “{key}” depends on “{other}”, which is not an earlier item.</source>
        <translation>条目“{key}”依赖于“{other}”，但后者不是前面的条目。</translation>
    </message>
    <message>
        <source>Item “{key}” has no text (the columns “text:…”).</source>
        <translation>条目“{key}”没有文字（“text:…”列）。</translation>
    </message>
    <message>
        <source>Item “{key}” has no text.</source>
        <translation>条目“{key}”没有文字。</translation>
    </message>
    <message>
        <source>Item “{key}”: likelihood and severity are from 1 to 5.</source>
        <translation>条目“{key}”：可能性和严重性须为 1 到 5。</translation>
    </message>
    <message>
        <source>Keep controls; periodic checks</source>
        <translation>保持控制措施；定期检查</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Major (permanent disability)</source>
        <translation>重大（永久残疾）</translation>
    </message>
    <message>
        <source>May well be expected</source>
        <translation>很可能发生</translation>
    </message>
    <message>
        <source>Mechanical / machinery</source>
        <translation>机械 / 设备</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Moderate (lost time)</source>
        <translation>中等（误工）</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Monitor; routine controls</source>
        <translation>监控；常规控制措施</translation>
    </message>
    <message>
        <source>Monthly figure</source>
        <translation>月度数值</translation>
    </message>
    <message>
        <source>Name the figure that is typed each month.</source>
        <translation>请填写每月录入的数字名称。</translation>
    </message>
    <message>
        <source>Negligible (first aid)</source>
        <translation>可忽略（急救）</translation>
    </message>
    <message>
        <source>No specific action</source>
        <translation>无需特别措施</translation>
    </message>
    <message>
        <source>Not a text, number or yes/no.</source>
        <translation>不是文字、数字或是/否。</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Not very often</source>
        <translation>不太经常</translation>
    </message>
    <message>
        <source>Not very severe</source>
        <translation>不太严重</translation>
    </message>
    <message>
        <source>Noticeable (first aid)</source>
        <translation>明显（急救）</translation>
    </message>
    <message>
        <source>Occasional (weekly)</source>
        <translation>偶尔（每周）</translation>
    </message>
    <message>
        <source>Occupational Safety and Health</source>
        <translation>职业安全与健康</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>经常</translation>
    </message>
    <message>
        <source>OiRA French (F × S)</source>
        <translation>OiRA 法国方法（F × S）</translation>
    </message>
    <message>
        <source>OiRA Kinney (P × F × S)</source>
        <translation>OiRA Kinney（P × F × S）</translation>
    </message>
    <message>
        <source>Only remotely possible</source>
        <translation>仅有极小可能</translation>
    </message>
    <message>
        <source>Only the last band may be open-ended, and it must be.</source>
        <translation>只有最后一个等级可以没有上限，而且必须没有上限。</translation>
    </message>
    <message>
        <source>Physical: heat</source>
        <translation>物理：高温</translation>
    </message>
    <message>
        <source>Physical: lighting</source>
        <translation>物理：照明</translation>
    </message>
    <message>
        <source>Physical: noise</source>
        <translation>物理：噪声</translation>
    </message>
    <message>
        <source>Physical: radiation</source>
        <translation>物理：辐射</translation>
    </message>
    <message>
        <source>Physical: vibration</source>
        <translation>物理：振动</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>Practically impossible</source>
        <translation>几乎不可能</translation>
    </message>
    <message>
        <source>Priority action; management attention</source>
        <translation>优先处理；管理层关注</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>心理社会</translation>
    </message>
    <message>
        <source>Quality Management</source>
        <translation>质量管理</translation>
    </message>
    <message>
        <source>Quite possible</source>
        <translation>很有可能</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>罕见</translation>
    </message>
    <message>
        <source>Rare (a few times a year)</source>
        <translation>罕见（每年几次）</translation>
    </message>
    <message>
        <source>Reduce the risk within a set time</source>
        <translation>在规定期限内降低风险</translation>
    </message>
    <message>
        <source>Regularly</source>
        <translation>定期</translation>
    </message>
    <message>
        <source>Say what should change: the consultant reads the reason.</source>
        <translation>请说明需要更改什么：顾问会阅读理由。</translation>
    </message>
    <message>
        <source>Say who you are first (Preferences).</source>
        <translation>请先说明您是谁（首选项）。</translation>
    </message>
    <message>
        <source>Section key “{key}” is missing, malformed or used twice.</source>
        <translation>部分键“{key}”缺失、格式错误或重复使用。</translation>
    </message>
    <message>
        <source>Section “{key}” has no items.</source>
        <translation>部分“{key}”没有条目。</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Serious (permanent harm)</source>
        <translation>严重（永久伤害）</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: {problem}</source>
        <translation>工作表“{sheet}”，第 {row} 行，第 {column} 列：{problem}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: {problem}</source>
        <translation>工作表“{sheet}”，第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {problem}</source>
        <translation>工作表“{sheet}”：{problem}</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>Slightly harmful</source>
        <translation>轻微有害</translation>
    </message>
    <message>
        <source>Slips, trips &amp; falls</source>
        <translation>滑倒、绊倒和跌落</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Specific controls; review</source>
        <translation>采取专门控制措施；复查</translation>
    </message>
    <message>
        <source>Stop work until the risk is reduced</source>
        <translation>停止作业，直至风险降低</translation>
    </message>
    <message>
        <source>Stop work; forbidden until reduced</source>
        <translation>停止作业；风险降低前禁止作业</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Template format {format} is not known.</source>
        <translation>无法识别模板格式 {format}。</translation>
    </message>
    <message>
        <source>The checklist suggests a hazard category this workspace lacks.</source>
        <translation>检查表建议的危害类别在此工作区中不存在。</translation>
    </message>
    <message>
        <source>The column “{header}” is there twice.</source>
        <translation>“{header}”列出现了两次。</translation>
    </message>
    <message>
        <source>The column “{name}” is missing.</source>
        <translation>缺少“{name}”列。</translation>
    </message>
    <message>
        <source>The due date is before the start date.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>The field “code” is missing.</source>
        <translation>缺少“code”字段。</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook ({why}).</source>
        <translation>该文件不是 XLSX 工作簿（{why}）。</translation>
    </message>
    <message>
        <source>The file {why}</source>
        <translation>该文件{why}</translation>
    </message>
    <message>
        <source>The grid size must be more than zero.</source>
        <translation>网格尺寸必须大于零。</translation>
    </message>
    <message>
        <source>The item key “{key}” is used twice.</source>
        <translation>条目键“{key}”被使用了两次。</translation>
    </message>
    <message>
        <source>The multiplier must be positive.</source>
        <translation>乘数必须为正数。</translation>
    </message>
    <message>
        <source>The next visit cannot be before this visit.</source>
        <translation>下次走访不能早于本次走访。</translation>
    </message>
    <message>
        <source>The real distance must be more than zero.</source>
        <translation>实际距离必须大于零。</translation>
    </message>
    <message>
        <source>The scale must be a positive number.</source>
        <translation>比例必须为正数。</translation>
    </message>
    <message>
        <source>The section has no title.</source>
        <translation>该部分没有标题。</translation>
    </message>
    <message>
        <source>The section key “{key}” is used twice.</source>
        <translation>部分键“{key}”被使用了两次。</translation>
    </message>
    <message>
        <source>The shape has no area (its corners are in a line).</source>
        <translation>该形状没有面积（其角点在一条直线上）。</translation>
    </message>
    <message>
        <source>The symbol is one or two characters.</source>
        <translation>符号为一到两个字符。</translation>
    </message>
    <message>
        <source>The text {problem}</source>
        <translation>该文字{problem}</translation>
    </message>
    <message>
        <source>The version is a whole number from 1.</source>
        <translation>版本须为从 1 开始的整数。</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}” (a template has the sheets {sheets}).</source>
        <translation>工作簿中没有“{sheet}”工作表（模板包含工作表 {sheets}）。</translation>
    </message>
    <message>
        <source>This app reads template format {format}.</source>
        <translation>本应用读取模板格式 {format}。</translation>
    </message>
    <message>
        <source>This item is placed at one point.</source>
        <translation>此对象放置在一个点上。</translation>
    </message>
    <message>
        <source>Tolerable</source>
        <translation>可容忍</translation>
    </message>
    <message>
        <source>Transport / forklift</source>
        <translation>运输 / 叉车</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>不太可能</translation>
    </message>
    <message>
        <source>Unusual (monthly)</source>
        <translation>不常见（每月）</translation>
    </message>
    <message>
        <source>Unusual but possible</source>
        <translation>不寻常但可能</translation>
    </message>
    <message>
        <source>Version {version} of “{code}” is already in the workspace with other content; give this one version {next} in the sheet “Template”.</source>
        <translation>“{code}”的第 {version} 版已在工作区中，但内容不同；请在“Template”工作表中将此版本设为 {next}。</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>非常高</translation>
    </message>
    <message>
        <source>Very likely / almost certain</source>
        <translation>非常可能 / 几乎肯定</translation>
    </message>
    <message>
        <source>Very often / regularly</source>
        <translation>非常频繁 / 经常</translation>
    </message>
    <message>
        <source>Very rare (yearly)</source>
        <translation>非常罕见（每年）</translation>
    </message>
    <message>
        <source>Very serious (one death)</source>
        <translation>非常严重（一人死亡）</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>非常严重</translation>
    </message>
    <message>
        <source>Very unlikely / rare</source>
        <translation>非常不可能 / 罕见</translation>
    </message>
    <message>
        <source>Virtually impossible</source>
        <translation>实际上不可能</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>男女合计</translation>
    </message>
    <message>
        <source>Worker counts cannot be negative.</source>
        <translation>工人人数不能为负数。</translation>
    </message>
    <message>
        <source>Workplace Cooperation</source>
        <translation>工作场所合作</translation>
    </message>
    <message>
        <source>Year-after visit</source>
        <translation>一年后回访</translation>
    </message>
    <message>
        <source>You work in review mode (enterprise manager): records are read-only; comments, your projects&apos; status and the decision on the plan can be changed.</source>
        <translation>您在审阅模式下工作（企业经理）：记录为只读；可以更改评论、您的项目状态和对计划的决定。</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>一个 NUL 字符</translation>
    </message>
    <message>
        <source>a code that is not a character</source>
        <translation>一个不是字符的编码</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>一个控制字符</translation>
    </message>
    <message>
        <source>half of a character pair</source>
        <translation>半个字符对</translation>
    </message>
    <message>
        <source>holds {what} (U+{code}, character {position}) that cannot be stored; remove it.</source>
        <translation>含有无法保存的{what}（U+{code}，第 {position} 个字符）；请将其删除。</translation>
    </message>
    <message>
        <source>{factor} must be one of {allowed}, not {value}.</source>
        <translation>{factor}必须是 {allowed} 之一，而不是 {value}。</translation>
    </message>
    <message>
        <source>{factor}: choose a rating.</source>
        <translation>{factor}：请选择评分。</translation>
    </message>
    <message>
        <source>{indicator} would be {result} %: {top} exceeds {bottom}.</source>
        <translation>{indicator}将为 {result} %：{top}超过了{bottom}。</translation>
    </message>
    <message>
        <source>{input} is zero: {indicator} is undefined.</source>
        <translation>{input}为零：无法计算{indicator}。</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label}不能为负数。</translation>
    </message>
    <message>
        <source>{letter} ({name})</source>
        <translation>{letter}（{name}）</translation>
    </message>
    <message>
        <source>{method} has no factor {factor}.</source>
        <translation>{method}没有因素 {factor}。</translation>
    </message>
    <message>
        <source>{month} has not happened yet.</source>
        <translation>{month} 尚未到来。</translation>
    </message>
    <message>
        <source>{month} is before the engagement began ({first}).</source>
        <translation>{month} 早于辅导开始的月份（{first}）。</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>“{category_code}” is not a hazard category.</source>
        <translation>“{category_code}”不是危害类别。</translation>
    </message>
    <message>
        <source>“{category}” is not a hazard category.</source>
        <translation>“{category}”不是危害类别。</translation>
    </message>
    <message>
        <source>“{code}” is not a template code.</source>
        <translation>“{code}”不是有效的模板代码。</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour like #2E86C1.</source>
        <translation>“{colour}”不是 #2E86C1 这样的颜色。</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour like #E53935.</source>
        <translation>“{colour}”不是 #E53935 这样的颜色。</translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code like CNY or USD.</source>
        <translation>“{currency}”不是 CNY 或 USD 这样的货币代码。</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>“{fill}” is not a colour like #A0C4E8.</source>
        <translation>“{fill}”不是 #A0C4E8 这样的颜色。</translation>
    </message>
    <message>
        <source>“{header}” is not a column of this sheet.</source>
        <translation>“{header}”不是此工作表的列。</translation>
    </message>
    <message>
        <source>“{key}” is not a key: letters, digits, . _ - (up to 40), starting with a letter or digit.</source>
        <translation>“{key}”不是有效的键：只能使用字母、数字、. _ -（最多 40 个），并以字母或数字开头。</translation>
    </message>
    <message>
        <source>“{key}” is not a section of the sheet “Sections”.</source>
        <translation>“{key}”不是“Sections”工作表中的部分。</translation>
    </message>
    <message>
        <source>“{level}” is not a level of control ({levels}).</source>
        <translation>“{level}”不是控制层级（{levels}）。</translation>
    </message>
    <message>
        <source>“{level}” is not a level of control.</source>
        <translation>“{level}”不是控制层级。</translation>
    </message>
    <message>
        <source>“{name}” is missing.</source>
        <translation>缺少“{name}”。</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a template.</source>
        <translation>“{name}”不是模板的字段。</translation>
    </message>
    <message>
        <source>“{name}” is not a text by language.</source>
        <translation>“{name}”不是按语言分列的文字。</translation>
    </message>
    <message>
        <source>“{name}” is not a whole number.</source>
        <translation>“{name}”不是整数。</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>“{name}”出现了两次。</translation>
    </message>
    <message>
        <source>“{nr5_group}” is not an NR-5 group.</source>
        <translation>“{nr5_group}”不是 NR-5 分组。</translation>
    </message>
    <message>
        <source>“{other}” is not an earlier item (an item can depend only on items before it).</source>
        <translation>“{other}”不是之前的条目（条目只能依赖其前面的条目）。</translation>
    </message>
    <message>
        <source>“{text}” can only use =.</source>
        <translation>“{text}”只能使用 =。</translation>
    </message>
    <message>
        <source>“{text}” is not a condition like A3=yes.</source>
        <translation>“{text}”不是类似 A3=yes 的条件。</translation>
    </message>
    <message>
        <source>“{text}” needs workers&gt;=N or workers&lt;N.</source>
        <translation>“{text}”需要写成 workers&gt;=N 或 workers&lt;N。</translation>
    </message>
    <message>
        <source>“{text}”: an answer is one of yes, no, not_applicable, not_checked.</source>
        <translation>“{text}”：答案须为 yes、no、not_applicable 或 not_checked 之一。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number from {low} to {high}.</source>
        <translation>“{value}”不是 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no.</source>
        <translation>“{value}”不是“是”或“否”。</translation>
    </message>
</context>
<context>
    <name>DxfFiles</name>
    <message>
        <source>Import CAD drawing</source>
        <translation>导入 CAD 图纸</translation>
    </message>
    <message>
        <source>CAD drawings (*.dxf);;All files (*)</source>
        <translation>CAD 图纸 (*.dxf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Drawing the layers of %1</source>
        <translation>正在绘制 %1 的图层</translation>
    </message>
    <message>
        <source>CAD drawing placed at its true size (1 pixel = %1 cm); traced items keep theirs.</source>
        <translation>CAD 图纸已按实际尺寸放置（1 像素 = %1 厘米）；已描绘的对象保持原尺寸。</translation>
    </message>
    <message>
        <source>Not drawn: %1.</source>
        <translation>未绘制：%1。</translation>
    </message>
    <message>
        <source>Export as DXF</source>
        <translation>导出为 DXF</translation>
    </message>
    <message>
        <source>CAD drawings (*.dxf)</source>
        <translation>CAD 图纸 (*.dxf)</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>Plan written: %1</source>
        <translation>平面图已保存：%1</translation>
    </message>
</context>
<context>
    <name>DxfLayerDialog</name>
    <message>
        <source>Layers of %1</source>
        <translation>%1 的图层</translation>
    </message>
    <message>
        <source>Units: %1, so the drawing is placed at its true size.</source>
        <translation>单位：%1，因此图纸按实际尺寸放置。</translation>
    </message>
    <message>
        <source>The drawing states no units; it is read as millimetres. Measure a known distance after importing and calibrate with K if it is off.</source>
        <translation>图纸未注明单位，按毫米读取。导入后请测量一段已知距离，如有偏差请按 K 校准。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1（%n 个对象）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not drawn (kinds this import does not read): %1</source>
        <translation>未绘制（本导入不读取的类型）：%1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>置于顶层</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>置于底层</translation>
    </message>
    <message>
        <source>Align left edges</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Align top edges</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Fit plan</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Zoom 100 %</source>
        <translation>缩放 100 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show grid</source>
        <translation>显示网格</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>显示图例</translation>
    </message>
    <message>
        <source>Legend: title only</source>
        <translation>图例：仅显示标题</translation>
    </message>
    <message>
        <source>Show hazard register</source>
        <translation>显示危害登记表</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Structure (walls, doors, exits)</source>
        <translation>结构（墙、门、出口）</translation>
    </message>
    <message>
        <source>Zones and areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Equipment and safety points</source>
        <translation>设备与安全设施</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>文字标注</translation>
    </message>
    <message>
        <source>Hazard pins</source>
        <translation>危害标记</translation>
    </message>
    <message>
        <source>Photo pins</source>
        <translation>照片图钉</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Import background…</source>
        <translation>导入底图…</translation>
    </message>
    <message>
        <source>Import CAD drawing (DXF)…</source>
        <translation>导入 CAD 图纸 (DXF)…</translation>
    </message>
    <message>
        <source>A DXF drawing as the background at its true size, layers chosen</source>
        <translation>将 DXF 图纸按实际尺寸作为底图，可选择图层</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>移除底图</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Export as DXF…</source>
        <translation>导出为 DXF…</translation>
    </message>
    <message>
        <source>The traced plan for CAD tools, in metres, a layer per kind</source>
        <translation>供 CAD 软件使用的描绘平面图，以米为单位，每类对象一个图层</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>An enterprise needs a name.</source>
        <translation>企业必须有名称。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>电子邮件地址无效。</translation>
    </message>
    <message>
        <source>Total: %1 people, %2 % women</source>
        <translation>合计：%1 人，女性占 %2 %</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Registered or usual name</source>
        <translation>注册名称或常用名称</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>行业(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Main products or services</source>
        <translation>主要产品或服务</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Region / city:</source>
        <translation>地区/城市(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Main &amp;buyers:</source>
        <translation>主要买家(&amp;B)：</translation>
    </message>
    <message>
        <source>Brands, buyers or supply chain</source>
        <translation>品牌、买家或供应链</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>ISO code, e.g. CNY; empty: from the country</source>
        <translation>ISO 代码，如 CNY；留空则按国家确定</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Workforce by sex</source>
        <translation>按性别划分的员工</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>工人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Managers:</source>
        <translation>管理人员(&amp;M)：</translation>
    </message>
    <message>
        <source>A trade &amp;union is present</source>
        <translation>设有工会(&amp;U)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EnterprisePanel</name>
    <message>
        <source>Select an enterprise, or add one with Ctrl+N.</source>
        <translation>请选择一家企业，或按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>所在地：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>Workforce:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Main buyers:</source>
        <translation>主要买家：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Select a visit to read its record.</source>
        <translation>选择一次走访以查看记录。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Floor plans</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>▲ Visits · %1 ▼</source>
        <translation>▲ 访问 · %1 ▼</translation>
    </message>
    <message>
        <source>Drag to give the visits or the %1 more room</source>
        <translation>拖动以给访问或%1更多空间</translation>
    </message>
    <message>
        <source>%1 workers (%2 women, %3 men), %4 managers (%5 women, %6 men); %7 % women</source>
        <translation>工人 %1 名（女 %2，男 %3），管理人员 %4 名（女 %5，男 %6）；女性占 %7 %</translation>
    </message>
    <message>
        <source>trade union present</source>
        <translation>设有工会</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>%1 由 %2 创建</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>last changed %1 by %2</source>
        <translation>%1 由 %2 最后修改</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>最后修改于 %1</translation>
    </message>
    <message>
        <source>(Edit ▸ History…)</source>
        <translation>（编辑 ▸ 历史记录…）</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>咨询师：%1</translation>
    </message>
    <message>
        <source>Safety inspector: %1</source>
        <translation>安全监察员：%1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>参加人员：%1</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察发现</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>商定的下一步行动</translation>
    </message>
    <message>
        <source>Next visit: %1</source>
        <translation>下次走访：%1</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n 个冲突待决定</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE Desktop user</source>
        <translation>SCORE 桌面版用户</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写入数据包…</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 records, %3 photos and images, %4)</source>
        <translation>数据包已写入：%1（%2 条记录，%3 张照片和图像，%4）</translation>
    </message>
    <message>
        <source>Checking and merging %1…</source>
        <translation>正在检查并合并 %1…</translation>
    </message>
    <message>
        <source>Package received</source>
        <translation>数据包已接收</translation>
    </message>
    <message>
        <source>This package was received before: nothing changed.</source>
        <translation>此数据包之前已接收过：没有任何更改。</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>未署名的发送者</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>已添加 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) merged</source>
        <translation>
            <numerusform>已合并 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>已删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored</source>
        <translation>
            <numerusform>已恢复 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied</source>
        <translation>
            <numerusform>已复制 %n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) already here, not copied again</source>
        <translation>
            <numerusform>%n 张照片此处已有，未再次复制</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left in the conflict inbox</source>
        <translation>
            <numerusform>%n 项更改留在冲突收件箱中</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: every change in it was already here.</source>
        <translation>没有新内容：其中的每项更改都已在此。</translation>
    </message>
    <message>
        <source>Open the conflict &amp;inbox</source>
        <translation>打开冲突收件箱(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sending cancelled: no file was written.</source>
        <translation>已取消发送：未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <source>%n character(s) that the file cannot hold (control characters) were written as �.</source>
        <translation>
            <numerusform>文件无法容纳的 %n 个字符（控制字符）已写为 �。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than a spreadsheet cell holds (32,767 characters) were cut, ending in “…”.</source>
        <translation>
            <numerusform>%n 个单元格超出电子表格单元格的容量（32,767 个字符），已截断并以“…”结尾。</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FloorPlanScene</name>
    <message>
        <source>The stored background image cannot be read.</source>
        <translation>无法读取已保存的底图。</translation>
    </message>
    <message>
        <source>Move %1 item(s)</source>
        <translation>移动 %1 个图元</translation>
    </message>
    <message>
        <source>Move background</source>
        <translation>移动底图</translation>
    </message>
</context>
<context>
    <name>GalleryChooser</name>
    <message>
        <source>Photos from the gallery</source>
        <translation>图库中的照片</translation>
    </message>
</context>
<context>
    <name>HazardDialog</name>
    <message>
        <source>Edit hazard H%1: %2</source>
        <translation>编辑危害 H%1：%2</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>新建危害</translation>
    </message>
    <message>
        <source>Edit hazard</source>
        <translation>编辑危害</translation>
    </message>
    <message>
        <source>— (not on a zone)</source>
        <translation>—（不在任何区域内）</translation>
    </message>
    <message>
        <source>Proposed control</source>
        <translation>建议的控制措施</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Add control</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <source>Remove control</source>
        <translation>删除措施</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止于</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>&amp;Source (machine, substance, task):</source>
        <translation>来源（机器、物质、作业）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Exposed workers:</source>
        <translation>接触人数：</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>岗位(&amp;J)：</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>方法：%1</translation>
    </message>
    <message>
        <source>Existing controls and initial risk</source>
        <translation>现有控制措施与初始风险</translation>
    </message>
    <message>
        <source>Existing controls:</source>
        <translation>现有控制措施：</translation>
    </message>
    <message>
        <source>Proposed controls (hierarchy of controls)</source>
        <translation>建议的控制措施（控制层级）</translation>
    </message>
    <message>
        <source>Residual risk (with the proposed controls)</source>
        <translation>剩余风险（采取建议措施后）</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>负责人(&amp;R)：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Identified by:</source>
        <translation>识别者：</translation>
    </message>
    <message>
        <source>Identified on visit:</source>
        <translation>识别于走访：</translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation>法规依据(&amp;L)：</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Risk and controls</source>
        <translation>风险与控制</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Rate every factor of the initial risk, or none.</source>
        <translation>请为初始风险的每个因素评级，或全部不评。</translation>
    </message>
    <message>
        <source>Rate every factor of the residual risk, or none.</source>
        <translation>请为剩余风险的每个因素评级，或全部不评。</translation>
    </message>
</context>
<context>
    <name>HazardEditing</name>
    <message>
        <source>Edit hazard</source>
        <translation>编辑危害</translation>
    </message>
    <message>
        <source>Pin hazard</source>
        <translation>标记危害位置</translation>
    </message>
    <message>
        <source>Click on the plan where this hazard is.</source>
        <translation>在平面图上单击该危害所在位置。</translation>
    </message>
    <message>
        <source>Duplicate hazards (%1)</source>
        <translation>复制危害（%1 项）</translation>
    </message>
</context>
<context>
    <name>HazardFollowUp</name>
    <message>
        <source>“%1” is done.</source>
        <translation>“%1”已完成。</translation>
    </message>
    <message numerus="yes">
        <source>Are the controls of its %n hazard(s) in place?</source>
        <translation>
            <numerusform>其 %n 项危害的控制措施是否已落实？</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes marks them controlled (one step to undo); No saves the project.</source>
        <translation>“是”将其标记为已控制（可一步撤销）；“否”只保存项目。</translation>
    </message>
    <message>
        <source>Hazards of the project</source>
        <translation>项目的危害</translation>
    </message>
    <message numerus="yes">
        <source>%1 and mark its %n hazard(s) controlled</source>
        <translation>
            <numerusform>%1，并将其 %n 项危害标记为已控制</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HazardPins</name>
    <message>
        <source>Move hazard pins (%1)</source>
        <translation>移动危害标记（%1 个）</translation>
    </message>
</context>
<context>
    <name>HazardRegisterPanel</name>
    <message>
        <source>Search hazards…</source>
        <translation>搜索危害…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>All risk bands</source>
        <translation>所有风险等级</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>所有走访</translation>
    </message>
    <message>
        <source>Bands…</source>
        <translation>风险等级…</translation>
    </message>
    <message>
        <source>Change band limits and labels as a named profile</source>
        <translation>修改等级界限和名称，另存为命名方案</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>类别…</translation>
    </message>
    <message>
        <source>Pins by category</source>
        <translation>按类别着色</translation>
    </message>
    <message>
        <source>Pins by NR-5 colours</source>
        <translation>按 NR-5 颜色着色</translation>
    </message>
    <message>
        <source>Pins by risk band</source>
        <translation>按风险等级着色</translation>
    </message>
    <message>
        <source>The risk the pins, the legend, the band filter and the matrix show. Current risk: the initial rating until the controls are in place (status controlled or verified), then the residual rating.</source>
        <translation>图钉、图例、风险等级筛选和矩阵所显示的风险。当前风险：控制措施落实（状态为已控制或已核实）之前为初始评级，之后为剩余评级。</translation>
    </message>
    <message>
        <source>New hazard…</source>
        <translation>新建危害…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Pin on plan</source>
        <translation>在平面图上标记</translation>
    </message>
    <message>
        <source>Click on the plan to place the selected hazard</source>
        <translation>在平面图上单击以放置所选危害</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Risk method:</source>
        <translation>风险评估方法：</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Not on the plan</source>
        <translation>不在平面图上</translation>
    </message>
</context>
<context>
    <name>HazardTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Exposed ♀/♂</source>
        <translation>接触人数 ♀/♂</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>初始风险</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>剩余风险</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>not on the plan</source>
        <translation>不在平面图上</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门指南</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>查找操作或按键…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Demo enterprise</source>
        <translation>示例企业</translation>
    </message>
    <message>
        <source>The demo enterprise is already in this workspace.</source>
        <translation>此工作区中已有示例企业。</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Select a record to see its history.</source>
        <translation>请先选择一条记录，再查看其历史。</translation>
    </message>
    <message>
        <source>Select an enterprise to see its activity.</source>
        <translation>请先选择一家企业，再查看其活动记录。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Fields: before → after</source>
        <translation>字段：修改前 → 修改后</translation>
    </message>
    <message>
        <source>No change of this record is recorded.</source>
        <translation>此记录没有任何修改记录。</translation>
    </message>
    <message>
        <source>Created by %1, %2.</source>
        <translation>由 %1 创建，%2。</translation>
    </message>
    <message>
        <source>Recorded before history was kept (%2).</source>
        <translation>在开始保存历史之前已记录（%2）。</translation>
    </message>
    <message>
        <source>Created %2.</source>
        <translation>创建于 %2。</translation>
    </message>
    <message>
        <source>Deleted %2.</source>
        <translation>删除于 %2。</translation>
    </message>
    <message>
        <source>Last changed %2.</source>
        <translation>最后修改于 %2。</translation>
    </message>
    <message>
        <source>Deleted by %1, %2.</source>
        <translation>由 %1 删除，%2。</translation>
    </message>
    <message>
        <source>Last changed by %1, %2.</source>
        <translation>最后由 %1 修改，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImprovementTabs</name>
    <message>
        <source>Programme indicators</source>
        <translation>项目指标</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Programme overview</source>
        <translation>项目概览</translation>
    </message>
    <message>
        <source>EIT and EIP — %1</source>
        <translation>EIT 与 EIP — %1</translation>
    </message>
</context>
<context>
    <name>ImprovementWorkspace</name>
    <message>
        <source>Improvement plan (EIP)</source>
        <translation>改善计划（EIP）</translation>
    </message>
    <message>
        <source>Team (EIT)</source>
        <translation>团队（EIT）</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>跟进审查</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Workers</source>
        <translation>工人</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <source>Absenteeism</source>
        <translation>缺勤率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Days lost</source>
        <translation>损失天数</translation>
    </message>
    <message>
        <source>Possible working days</source>
        <translation>应出勤天数</translation>
    </message>
    <message>
        <source>Labour turnover</source>
        <translation>员工流失率</translation>
    </message>
    <message>
        <source>Separations</source>
        <translation>离职人数</translation>
    </message>
    <message>
        <source>Average headcount</source>
        <translation>平均人数</translation>
    </message>
    <message>
        <source>Defect / reject rate</source>
        <translation>缺陷/不合格率</translation>
    </message>
    <message>
        <source>Defective units</source>
        <translation>缺陷件数</translation>
    </message>
    <message>
        <source>Units produced</source>
        <translation>产量（件）</translation>
    </message>
    <message>
        <source>Customer complaints or returns</source>
        <translation>客户投诉或退货</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Complaints or returns</source>
        <translation>投诉或退货</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>生产率</translation>
    </message>
    <message>
        <source>units per worker-hour</source>
        <translation>件/工时</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Worker-hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>准时交货率</translation>
    </message>
    <message>
        <source>Orders on time</source>
        <translation>准时订单数</translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation>交付订单数</translation>
    </message>
    <message>
        <source>Energy per unit of output</source>
        <translation>单位产出能耗</translation>
    </message>
    <message>
        <source>kWh per unit</source>
        <translation>千瓦时/件</translation>
    </message>
    <message>
        <source>kWh used</source>
        <translation>用电千瓦时</translation>
    </message>
    <message>
        <source>Water per unit of output</source>
        <translation>单位产出用水</translation>
    </message>
    <message>
        <source>m³ per unit</source>
        <translation>立方米/件</translation>
    </message>
    <message>
        <source>Water m³</source>
        <translation>用水立方米</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>废弃物</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <source>Waste kg</source>
        <translation>废弃物公斤数</translation>
    </message>
    <message>
        <source>Lost-time accidents</source>
        <translation>误工事故</translation>
    </message>
    <message>
        <source>Lost-time injuries</source>
        <translation>误工伤害</translation>
    </message>
    <message>
        <source>Days lost to accidents</source>
        <translation>事故损失天数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Accident frequency rate</source>
        <translation>事故频率</translation>
    </message>
    <message>
        <source>per 1,000,000 hours</source>
        <translation>每百万工时</translation>
    </message>
    <message>
        <source>New injury cases</source>
        <translation>新增伤害人次</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>工作小时数</translation>
    </message>
    <message>
        <source>Accident incidence rate</source>
        <translation>事故发生率</translation>
    </message>
    <message>
        <source>per 1,000 workers</source>
        <translation>每千名工人</translation>
    </message>
    <message>
        <source>Cost savings</source>
        <translation>成本节约</translation>
    </message>
    <message>
        <source>currency per month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <source>Savings of done and verified projects</source>
        <translation>已完成及已验证项目的节约</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>收到建议</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>条建议</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Suggestions implemented</source>
        <translation>已实施建议</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>EIT meetings held</source>
        <translation>EIT会议次数</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>次会议</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Improvement projects started</source>
        <translation>启动的改善项目</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>个项目</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Improvement projects completed</source>
        <translation>完成的改善项目</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <source>Counted from the EIT and EIP records</source>
        <translation>根据EIT和EIP记录统计</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>公式：%1</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>More than 50 % away from the month before: please check.</source>
        <translation>与上月相差超过50%：请核实。</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit from this cell.</source>
        <translation>粘贴的区域（%1 × %2）从此单元格开始放不下。</translation>
    </message>
    <message>
        <source>“%1” is computed, not typed.</source>
        <translation>“%1”为计算值，不可输入。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message numerus="yes">
        <source>Edit indicators (%n value(s))</source>
        <translation>
            <numerusform>编辑指标（%n 个值）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Type the raw figures; rates are computed (green: better than the baseline, red: worse; brown figures moved over 50 % from the month before: check them). Paste a block copied from a spreadsheet with Ctrl+V.</source>
        <translation>输入原始数字；比率自动计算（绿色：优于基线，红色：较差；棕色数字与上月相比变化超过 50%：请核对）。用 Ctrl+V 粘贴从电子表格复制的数据块。</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>添加指标…</translation>
    </message>
    <message>
        <source>An indicator of your programme, for every enterprise</source>
        <translation>您的项目的指标，适用于所有企业</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>CSV or Excel, one row per month, indicator and sex</source>
        <translation>CSV 或 Excel，每月、每指标、每性别一行</translation>
    </message>
    <message>
        <source>Monthly data</source>
        <translation>月度数据</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Baseline survey</source>
        <translation>基线调查</translation>
    </message>
    <message>
        <source>Correct the baseline</source>
        <translation>更正基线</translation>
    </message>
    <message>
        <source>The baseline already has a value. Why does it change?</source>
        <translation>基线已有数值。为什么要更改？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <translation>添加指标“%1”</translation>
    </message>
    <message>
        <source>Export indicator data</source>
        <translation>导出指标数据</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>The data could not be saved to %1: %2</source>
        <translation>无法将数据保存到 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2) vs baseline</source>
        <translation>%1（%2）相对基线</translation>
    </message>
</context>
<context>
    <name>LegendCard</name>
    <message>
        <source>Show the whole legend (Shift+L)</source>
        <translation>显示完整图例（Shift+L）</translation>
    </message>
    <message>
        <source>Fold the legend to its title (Shift+L)</source>
        <translation>将图例折叠为标题（Shift+L）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SCORE Desktop — %1</source>
        <translation>SCORE 桌面版 — %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>企业列表</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n visit(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>删除“%1”及其 %n 次访问？
可以用 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>报告已保存</translation>
    </message>
    <message>
        <source>Load demo enterprise</source>
        <translation>加载示例企业</translation>
    </message>
    <message>
        <source>SCORE Desktop</source>
        <translation>SCORE 桌面版</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>SCORE Desktop — %1 (read-only)</source>
        <translation>SCORE Desktop — %1（只读）</translation>
    </message>
    <message>
        <source>Workspace: %1 — read-only: browse and export, no edits</source>
        <translation>工作区：%1 — 只读：可浏览和导出，不可编辑</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>Drag between two points, or click one and then the other, to measure the distance; type a length in metres to see where it reaches.</source>
        <translation>在两点之间拖动，或先后单击两点，即可测量距离；输入以米为单位的长度可查看其到达位置。</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New EIT meeting</source>
        <translation>新EIT会议</translation>
    </message>
    <message>
        <source>EIT meeting</source>
        <translation>EIT会议</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>出席者：</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>议题(&amp;T)：</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>决定(&amp;C)：</translation>
    </message>
    <message>
        <source>Projects discussed:</source>
        <translation>讨论的项目：</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Log meeting…</source>
        <translation>记录会议…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Meetings per month (last %1 months): %2</source>
        <translation>每月会议次数（最近 %1 个月）：%2</translation>
    </message>
    <message>
        <source>Log EIT meeting</source>
        <translation>记录EIT会议</translation>
    </message>
    <message>
        <source>Edit EIT meeting</source>
        <translation>编辑EIT会议</translation>
    </message>
    <message>
        <source>Delete EIT meeting</source>
        <translation>删除EIT会议</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New team member</source>
        <translation>新团队成员</translation>
    </message>
    <message>
        <source>Elected by the workers</source>
        <translation>由工人选举</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>加入：</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>离开：</translation>
    </message>
</context>
<context>
    <name>MostMissedTable</name>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Answered no</source>
        <translation>回答“否”</translation>
    </message>
    <message>
        <source>Share of no</source>
        <translation>“否”的比例</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%2 个中的 %1%</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <source>Syncing with the office server…</source>
        <translation>正在与办公室服务器同步…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sync cancelled: what was synced stays; the next sync goes on.</source>
        <translation>同步已取消：已同步的内容保留；下次同步会继续。</translation>
    </message>
    <message>
        <source>Synced with the office: %1 sent, %2 received.</source>
        <translation>已与办公室同步：发送 %1，接收 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>与办公室同步</translation>
    </message>
    <message numerus="yes">
        <source>The automatic sync did not get through; it tries again in %n minute(s).</source>
        <translation>
            <numerusform>自动同步未完成；将在 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: syncing…</source>
        <translation>办公室：正在同步…</translation>
    </message>
    <message>
        <source>Office: not connected</source>
        <translation>办公室：未连接</translation>
    </message>
    <message numerus="yes">
        <source>Office: %n conflict(s)</source>
        <translation>
            <numerusform>办公室：%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: offline</source>
        <translation>办公室：离线</translation>
    </message>
    <message>
        <source>Office: online</source>
        <translation>办公室：在线</translation>
    </message>
    <message>
        <source>Connect to the office…</source>
        <translation>连接办公室…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Office server password</source>
        <translation>办公室服务器密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改善前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改善后</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos…</source>
        <translation>还没有照片。把照片拖到这里，或点“添加照片…”</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Open and annotate</source>
        <translation>打开并标注</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Compare before/after</source>
        <translation>改善前后对比</translation>
    </message>
    <message>
        <source>Needs a before and an after photo of the selected photo&apos;s hazard</source>
        <translation>需要所选照片所属危害的一张改善前照片和一张改善后照片</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>所选照片的说明</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>全部照片</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>走访 %1</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>危害：%1</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1（已损坏）</translation>
    </message>
    <message>
        <source>Risk: not rated</source>
        <translation>风险：未评估</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>— no hazard —</source>
        <translation>— 无关联危害 —</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>编辑说明</translation>
    </message>
    <message>
        <source>Tag photo</source>
        <translation>标记照片</translation>
    </message>
    <message>
        <source>Link photo to hazard</source>
        <translation>关联照片与危害</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the rest was not read.</source>
        <translation>导入已取消；其余文件未读取。</translation>
    </message>
    <message>
        <source>Photo import</source>
        <translation>照片导入</translation>
    </message>
</context>
<context>
    <name>PhotoPinLayer</name>
    <message>
        <source>Move photo pins (%1)</source>
        <translation>移动照片图钉 (%1)</translation>
    </message>
    <message>
        <source>Turn photo pin</source>
        <translation>转动照片图钉</translation>
    </message>
    <message>
        <source>Remove photo pins (%1)</source>
        <translation>移除照片图钉 (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Pan and select</source>
        <translation>平移和选择</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>手绘</translation>
    </message>
    <message>
        <source>Colour of new marks</source>
        <translation>新标记的颜色</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Text on the photo</source>
        <translation>照片上的文字</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <source>Annotate photo</source>
        <translation>标注照片</translation>
    </message>
    <message>
        <source>Delete photo mark</source>
        <translation>删除照片标记</translation>
    </message>
</context>
<context>
    <name>PinLegend</name>
    <message>
        <source>Pin size grows with the risk band (%1: %2 to %3 px). The number in a pin is the workers exposed; its tag (H1…) is its row in the register.</source>
        <translation>标记大小随风险等级增大（%1：%2 至 %3 像素）。标记中的数字为接触的工人人数；旁边的标签（H1…）为其在登记表中的编号。</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>%1 to %2 mm across</source>
        <translation>直径 %1 至 %2 毫米</translation>
    </message>
    <message>
        <source>%1 to %2 mm across, %3 to %4 px at %5 dpi</source>
        <translation>直径 %1 至 %2 毫米，%5 dpi 时为 %3 至 %4 像素</translation>
    </message>
    <message>
        <source>Pin size grows with the risk band (%1: %2). The number in a pin is the workers exposed; its tag (H1…) is its row in the register.</source>
        <translation>标记大小随风险等级增大（%1：%2）。标记中的数字为接触的工人人数；旁边的标签（H1…）为其在登记表中的编号。</translation>
    </message>
</context>
<context>
    <name>PlaceHazardTool</name>
    <message>
        <source>Click where the hazard is; its zone and exposed workers are filled in.</source>
        <translation>单击危害所在位置；将自动填入所在区域和接触人数。</translation>
    </message>
</context>
<context>
    <name>PlanDecisionDialog</name>
    <message>
        <source>Decision on the improvement plan</source>
        <translation>对改进计划的决定</translation>
    </message>
    <message>
        <source>&amp;Approve the plan</source>
        <translation>批准计划(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Request changes</source>
        <translation>要求修改(&amp;R)</translation>
    </message>
    <message>
        <source>Why (needed when you request changes): the consultant reads it</source>
        <translation>理由（要求修改时必填）：顾问会阅读</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New floor plan</source>
        <translation>新建平面图</translation>
    </message>
    <message>
        <source>Floor plan details</source>
        <translation>平面图信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>建筑(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>楼层(&amp;F)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>A floor plan needs a name.</source>
        <translation>平面图必须有名称。</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Zone (polygon)</source>
        <translation>区域（多边形）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Calibrate scale</source>
        <translation>校准比例</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Attach as a photo taken here</source>
        <translation>作为在此处拍摄的照片附加</translation>
    </message>
    <message>
        <source>Use as the plan&apos;s background</source>
        <translation>用作平面图背景</translation>
    </message>
    <message>
        <source>Copied %1 item(s) and %2 hazard(s)</source>
        <translation>已复制 %1 个图元和 %2 个危害</translation>
    </message>
    <message>
        <source>%1 copied hazard(s) name a category this workspace does not have: add the category first, then paste again.</source>
        <translation>%1 个复制的危害属于本工作区没有的类别：请先添加该类别，再粘贴。</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Import background</source>
        <translation>导入底图</translation>
    </message>
    <message>
        <source>Plans and photos (*.png *.jpg *.jpeg *.webp *.pdf);;All files (*)</source>
        <translation>平面图和照片 (*.png *.jpg *.jpeg *.webp *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>PDF 页面</translation>
    </message>
    <message>
        <source>Page to use (1–%1):</source>
        <translation>使用的页码（1–%1）：</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); a background has at most %5. Scale it down to fit and import it?</source>
        <translation>%1 为 %2 × %3 像素（%4 百万像素）；背景最多 %5 百万像素。是否缩小到限额内再导入？</translation>
    </message>
    <message>
        <source>Background imported. Calibrate the scale with K.</source>
        <translation>底图已导入。请按 K 校准比例。</translation>
    </message>
    <message>
        <source>The new background was fitted to the old one&apos;s width (%1 m), so traced items keep their size. If the two drawings do not show the same extent, calibrate again with K.</source>
        <translation>新背景已按旧背景的宽度（%1 米）缩放，描绘的项目保持原有尺寸。如果两张图纸显示的范围不同，请按 K 重新校准。</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>移除底图</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <source>Resolution (printed at 1:100):</source>
        <translation>分辨率（按 1:100 打印）：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Plan written: %1 (%2 × %3 pixels)</source>
        <translation>平面图已保存：%1（%2 × %3 像素）</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>导出为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Plan written: %1</source>
        <translation>平面图已保存：%1</translation>
    </message>
</context>
<context>
    <name>PlanItemKind</name>
    <message>
        <source>Zone / room</source>
        <translation>区域/房间</translation>
    </message>
    <message>
        <source>Aisle / walkway</source>
        <translation>通道/人行道</translation>
    </message>
    <message>
        <source>Storage area</source>
        <translation>存储区</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>墙</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>门</translation>
    </message>
    <message>
        <source>Emergency exit</source>
        <translation>紧急出口</translation>
    </message>
    <message>
        <source>Machine / workstation</source>
        <translation>机器/工位</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>楼梯</translation>
    </message>
    <message>
        <source>Fire extinguisher</source>
        <translation>灭火器</translation>
    </message>
    <message>
        <source>First-aid point</source>
        <translation>急救点</translation>
    </message>
    <message>
        <source>Eyewash</source>
        <translation>洗眼器</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>文字标注</translation>
    </message>
</context>
<context>
    <name>PlanPropertyPanel</name>
    <message>
        <source>Snap to grid</source>
        <translation>对齐网格</translation>
    </message>
    <message>
        <source>Show background</source>
        <translation>显示底图</translation>
    </message>
    <message>
        <source>Lock background</source>
        <translation>锁定底图</translation>
    </message>
    <message>
        <source>Name / text:</source>
        <translation>名称/文字：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Workers (women):</source>
        <translation>工人（女）：</translation>
    </message>
    <message>
        <source>Workers (men):</source>
        <translation>工人（男）：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>深度：</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>旋转：</translation>
    </message>
    <message>
        <source>Thickness:</source>
        <translation>厚度：</translation>
    </message>
    <message>
        <source>Text height:</source>
        <translation>字高：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>平面图名称：</translation>
    </message>
    <message>
        <source>Grid size:</source>
        <translation>网格尺寸：</translation>
    </message>
    <message>
        <source>Background opacity:</source>
        <translation>底图不透明度：</translation>
    </message>
    <message>
        <source>%1 items selected</source>
        <translation>已选择 %1 个图元</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>%1 m long</source>
        <translation>长 %1 米</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Change floor plan</source>
        <translation>修改平面图</translation>
    </message>
    <message>
        <source>Change background</source>
        <translation>修改底图</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>PlanTabs</name>
    <message>
        <source>Ground floor</source>
        <translation>一层</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>平面图 %1</translation>
    </message>
    <message>
        <source>Edit floor plan details</source>
        <translation>编辑平面图信息</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate floor plan “%s”</source>
        <translation>复制平面图“%s”</translation>
    </message>
    <message>
        <source>Delete the floor plan “%1” and everything drawn on it?
You can undo this with Ctrl+Z.</source>
        <translation>删除平面图“%1”及其上所有内容？
可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Cannot open the floor plan</source>
        <translation>无法打开平面图</translation>
    </message>
</context>
<context>
    <name>PointSymbolTool</name>
    <message>
        <source>Click where it hangs or stands.</source>
        <translation>单击其所在位置。</translation>
    </message>
</context>
<context>
    <name>PolygonAreaTool</name>
    <message>
        <source>Click each corner, or type the next side&apos;s length in metres and press Enter; double-click or Enter closes the shape; Esc cancels.</source>
        <translation>单击每个角点，或输入下一条边的长度（米）后按 Enter；双击或按 Enter 闭合图形；Esc 取消。</translation>
    </message>
</context>
<context>
    <name>PortfolioIndicators</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Checklist items most often answered no, per sector and country</source>
        <translation>最常回答“否”的检查表条目（按行业和国家）</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>全部模块</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) selected; %2 with a baseline. Latest month: %3</source>
        <translation>
            <numerusform>已选择 %n 家企业；%2 家有基线。最近月份：%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>Search name, place, sector, products…</source>
        <translation>搜索名称、地点、行业、产品…</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>A suggestion scheme exists and is used</source>
        <translation>建议制度已建立并在使用</translation>
    </message>
    <message>
        <source>Managers and workers meet regularly to solve problems</source>
        <translation>管理人员与工人定期开会解决问题</translation>
    </message>
    <message>
        <source>Teams hold short daily or shift meetings</source>
        <translation>班组每天或每班召开短会</translation>
    </message>
    <message>
        <source>5S is practised in production areas</source>
        <translation>生产区域推行5S</translation>
    </message>
    <message>
        <source>Defects are recorded and their causes analysed</source>
        <translation>缺陷有记录并分析原因</translation>
    </message>
    <message>
        <source>Customer complaints are recorded and answered</source>
        <translation>客户投诉有记录并得到答复</translation>
    </message>
    <message>
        <source>Energy and water use are metered and reviewed</source>
        <translation>能源和用水有计量并定期审查</translation>
    </message>
    <message>
        <source>Waste is sorted and recycled or sold</source>
        <translation>废弃物分类并回收或出售</translation>
    </message>
    <message>
        <source>Written HR policies (recruitment, pay, leave) exist</source>
        <translation>有书面人力资源政策（招聘、薪酬、休假）</translation>
    </message>
    <message>
        <source>New workers get an induction and training</source>
        <translation>新员工接受入职培训</translation>
    </message>
    <message>
        <source>An OSH committee meets regularly</source>
        <translation>职业安全健康委员会定期开会</translation>
    </message>
    <message>
        <source>Hazards are assessed and recorded</source>
        <translation>危害经过评估并记录</translation>
    </message>
    <message>
        <source>Suitable PPE is provided free and worn</source>
        <translation>免费提供合适的个人防护装备并佩戴</translation>
    </message>
    <message>
        <source>Accidents and near misses are recorded</source>
        <translation>事故和未遂事件有记录</translation>
    </message>
    <message>
        <source>A policy against harassment is known to all</source>
        <translation>反骚扰政策人人知晓</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Add a good-practice question</source>
        <translation>添加良好做法问题</translation>
    </message>
    <message>
        <source>&amp;Good practice:</source>
        <translation>良好做法(&amp;G)：</translation>
    </message>
    <message>
        <source>SCORE module:</source>
        <translation>SCORE模块：</translation>
    </message>
    <message>
        <source>Write the good practice to ask about.</source>
        <translation>请填写要询问的良好做法。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source> megapixels</source>
        <translation> 百万像素</translation>
    </message>
    <message>
        <source>Larger photos are stored as a high-quality copy of this size (≤ 4000 px wide)</source>
        <translation>更大的照片以此尺寸的高质量副本保存（最宽 4000 像素）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Keep photos as taken up to:</source>
        <translation>照片保持原样的上限：</translation>
    </message>
    <message>
        <source>Programme logo:</source>
        <translation>项目标志：</translation>
    </message>
    <message>
        <source>Consultant logo:</source>
        <translation>顾问标志：</translation>
    </message>
    <message>
        <source>Enterprise logo:</source>
        <translation>企业标志：</translation>
    </message>
    <message>
        <source>Back up the workspace every:</source>
        <translation>工作区备份频率：</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Printed on the cover of PDF reports</source>
        <translation>印在 PDF 报告的封面上</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source> minutes of editing</source>
        <translation> 分钟编辑后</translation>
    </message>
    <message>
        <source>keep the last </source>
        <translation>保留最近 </translation>
    </message>
    <message>
        <source>Backups are kept in your data folder, one folder per workspace</source>
        <translation>备份保存在您的数据文件夹中，每个工作区一个文件夹</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>%1 cannot be used as a logo: %2</source>
        <translation>%1 不能用作标志：%2</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Who is using SCORE Desktop?</source>
        <translation>谁在使用 SCORE Desktop？</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that the consultant, the paired inspector and the enterprise manager can see who changed what. You can change it later in Preferences.</source>
        <translation>您所做的每一处修改都会记录您的姓名，以便咨询师、结对的安全检查员和企业经理了解谁修改了什么。之后可在“首选项”中更改。</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>As colleagues know you</source>
        <translation>同事熟悉的称呼</translation>
    </message>
    <message>
        <source>For example ILO SCORE Viet Nam</source>
        <translation>例如：国际劳工组织 SCORE 中国项目</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Type your name: it is shown beside every change.</source>
        <translation>请输入姓名：它会显示在每一处修改旁边。</translation>
    </message>
</context>
<context>
    <name>ProgrammeOverview</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write both tables to an XLSX or CSV file</source>
        <translation>将两个表格写入 XLSX 或 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a filter&apos;s label</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>所有行业</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>所有模块</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>所有顾问</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s); </source>
        <translation>
            <numerusform>%n 家企业；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s), </source>
        <translation>
            <numerusform>%n 项危害，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open; </source>
        <translation>
            <numerusform>%n 项未关闭；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement project(s), </source>
        <translation>
            <numerusform>%n 个改进项目，</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>已关闭 %1。</translation>
    </message>
    <message>
        <source>Hazards are counted by their current risk.</source>
        <translation>危害按其当前风险统计。</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Share closed</source>
        <translation>关闭比例</translation>
    </message>
    <message>
        <source>Savings / month (%1)</source>
        <translation>每月节约（%1）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Hazard category</source>
        <translation>危害类别</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Export the programme overview</source>
        <translation>导出项目概览</translation>
    </message>
    <message>
        <source>programme-overview.xlsx</source>
        <translation>项目概览.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Hazard categories</source>
        <translation>危害类别</translation>
    </message>
    <message>
        <source>The overview could not be saved to %1: %2</source>
        <translation>概览无法保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProjectBoard</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>将“%1”移至%2</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New improvement project</source>
        <translation>新改善项目</translation>
    </message>
    <message>
        <source>— not an OSH control —</source>
        <translation>— 非职业安全健康控制 —</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— 暂无 —</translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation>%1（已离开团队）</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>问题(&amp;P)：</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>SCORE &amp;module:</source>
        <translation>SCORE模块(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Zone or area:</source>
        <translation>区域(&amp;Z)：</translation>
    </message>
    <message>
        <source>Linked hazards:</source>
        <translation>关联危害：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>措施(&amp;A)：</translation>
    </message>
    <message>
        <source>Control level:</source>
        <translation>控制层级：</translation>
    </message>
    <message>
        <source>&amp;Responsible (EIT):</source>
        <translation>负责人（EIT）(&amp;R)：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>小组：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Cost estimate:</source>
        <translation>成本估算：</translation>
    </message>
    <message>
        <source>Actual cost:</source>
        <translation>实际成本：</translation>
    </message>
    <message>
        <source>Expected savings per month:</source>
        <translation>每月预期节约：</translation>
    </message>
    <message>
        <source>Actual savings per month:</source>
        <translation>每月实际节约：</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Baseline value:</source>
        <translation>基线值：</translation>
    </message>
    <message>
        <source>Target value:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <source>Result value:</source>
        <translation>结果值：</translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>验证日期：</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>验证人：</translation>
    </message>
    <message>
        <source>After photo:</source>
        <translation>改善后照片：</translation>
    </message>
    <message>
        <source>What was done since the last visit (added to the project&apos;s comments)</source>
        <translation>自上次访问以来完成的工作（添加到项目评论中）</translation>
    </message>
    <message>
        <source>Progress &amp;note:</source>
        <translation>进展说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Cost, savings and results</source>
        <translation>成本、节约与成果</translation>
    </message>
    <message>
        <source>Review mode: you can change the status, the after photo and the progress note of this project; the other fields are read-only.</source>
        <translation>审阅模式：您可以更改此项目的状态、改善后照片和进展说明；其他字段为只读。</translation>
    </message>
    <message>
        <source>Review mode: this project is read-only (you are not its responsible person); you can comment on it.</source>
        <translation>审阅模式：此项目为只读（您不是其负责人）；您可以对其发表评论。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Pays back in %1 months.</source>
        <translation>%1 个月可收回成本。</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Savings / month</source>
        <translation>每月节约</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>回收期（月）</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Search projects</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>全部模块</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新项目…</translation>
    </message>
    <message>
        <source>Make a project that acts on this hazard</source>
        <translation>为此危害创建改善项目</translation>
    </message>
    <message>
        <source>Project from hazard…</source>
        <translation>从危害创建项目…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export EIP…</source>
        <translation>导出改善计划…</translation>
    </message>
    <message>
        <source>As an Excel workbook or CSV, with OiRA&apos;s action-plan columns first</source>
        <translation>导出为 Excel 工作簿或 CSV，OiRA 行动计划列在前</translation>
    </message>
    <message>
        <source>EIP report (PDF)…</source>
        <translation>改善计划报告（PDF）…</translation>
    </message>
    <message>
        <source>The plan, its costs and savings, and the team, for the enterprise manager</source>
        <translation>供企业管理者阅读的计划、成本与节约及团队情况</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s): %2. By module: %3. Cost %4 %5, savings %6 %5 a month, payback %7.</source>
        <translation>
            <numerusform>%n 个项目：%2。按模块：%3。成本 %4 %5，每月节约 %6 %5，回收期 %7。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>逾期：%1。</translation>
    </message>
    <message>
        <source>Add improvement project</source>
        <translation>添加改善项目</translation>
    </message>
    <message>
        <source>Edit improvement project</source>
        <translation>编辑改善项目</translation>
    </message>
    <message>
        <source>Export the improvement plan</source>
        <translation>导出改善计划</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>EIP report</source>
        <translation>改善计划报告</translation>
    </message>
    <message>
        <source>Writing the EIP report…</source>
        <translation>正在编写企业改进计划报告…</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>无法将计划保存到 %1：%2</translation>
    </message>
    <message>
        <source>Delete improvement projects (%1)</source>
        <translation>删除改善项目 (%1)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>RatingMatrix</name>
    <message>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>Click a cell to rate, or move with the arrow keys and press Space.</source>
        <translation>单击单元格即可评级，或用方向键移动后按空格键。</translation>
    </message>
</context>
<context>
    <name>RectangleAreaTool</name>
    <message>
        <source>Drag from corner to corner, or click a corner and type the width and height in metres (12x8 Enter). Esc cancels.</source>
        <translation>从一角拖到对角，或单击一角后输入宽度和高度（米，如 12x8 后按 Enter）。Esc 取消。</translation>
    </message>
    <message>
        <source>Click the opposite corner, or type the width and height in metres (12x8) and press Enter.</source>
        <translation>单击对角，或输入宽度和高度（米，如 12x8）后按 Enter。</translation>
    </message>
</context>
<context>
    <name>RegisterFold</name>
    <message>
        <source>Hazard register</source>
        <translation>危害登记表</translation>
    </message>
    <message>
        <source>Drag to resize; double-click to fold the hazard register away or show it</source>
        <translation>拖动可调整大小；双击可收起或显示危害登记表</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit report</source>
        <translation>导出访问报告</translation>
    </message>
    <message>
        <source>Export monthly progress report</source>
        <translation>导出月度进展报告</translation>
    </message>
    <message>
        <source>A logo could not be read:</source>
        <translation>无法读取标志：</translation>
    </message>
    <message>
        <source>Writing the visit report…</source>
        <translation>正在编写访问报告…</translation>
    </message>
    <message>
        <source>Writing the progress report…</source>
        <translation>正在编写进展报告…</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Export visit report</source>
        <translation>导出访问报告</translation>
    </message>
    <message>
        <source>Export EIP report</source>
        <translation>导出企业改进计划报告</translation>
    </message>
    <message>
        <source>Export monthly progress report</source>
        <translation>导出月度进展报告</translation>
    </message>
    <message>
        <source>From month:</source>
        <translation>起始月份：</translation>
    </message>
    <message>
        <source>To month:</source>
        <translation>截止月份：</translation>
    </message>
    <message>
        <source>Pins by category</source>
        <translation>按类别显示图钉</translation>
    </message>
    <message>
        <source>Pins by NR-5 colours</source>
        <translation>按 NR-5 颜色显示图钉</translation>
    </message>
    <message>
        <source>Pins by risk band</source>
        <translation>按风险等级显示图钉</translation>
    </message>
    <message>
        <source>North arrow (the top of the plan faces north)</source>
        <translation>指北针（平面图上方朝北）</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <source>Hazard pins:</source>
        <translation>危害图钉：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The visit and agreed next steps</source>
        <translation>本次访问和商定的下一步</translation>
    </message>
    <message>
        <source>Floor plans with hazard pins</source>
        <translation>带危害图钉的平面图</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>Hazard register</source>
        <translation>危害登记表</translation>
    </message>
    <message>
        <source>Hazards in detail, with photos</source>
        <translation>危害详情及照片</translation>
    </message>
    <message>
        <source>Before and after photos</source>
        <translation>前后对比照片</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Enterprise Improvement Plan</source>
        <translation>企业改进计划</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>截止月份早于起始月份。</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Choose the backup to put in the workspace&apos;s place. The workspace as it is now is not overwritten: it is renamed and kept in its folder.</source>
        <translation>选择用来取代工作区的备份。当前的工作区不会被覆盖：它会被重命名并保留在原文件夹中。</translation>
    </message>
    <message>
        <source>%1  (%2 MB)</source>
        <translation>%1  （%2 MB）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>New follow-up visit from the last one</source>
        <translation>基于上次走访新建跟进走访</translation>
    </message>
    <message>
        <source>Carry open work into this visit</source>
        <translation>将未完成事项带入本次走访</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note on the selected item</source>
        <translation>所选条目的备注</translation>
    </message>
    <message>
        <source>The after photo that shows the change</source>
        <translation>显示改变的改善后照片</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Re-score hazard…</source>
        <translation>重新评估危害…</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>延续</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>走访：</translation>
    </message>
    <message>
        <source>After photo:</source>
        <translation>改善后照片：</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 still to review.</source>
        <translation>
            <numerusform>%n 项，%1 项待审查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing carried into this visit yet.</source>
        <translation>尚未有事项带入本次走访。</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>No open hazards or projects to carry over.</source>
        <translation>没有需要延续的未完成危害或项目。</translation>
    </message>
    <message>
        <source>Carry open work into the visit</source>
        <translation>将未完成事项带入本次走访</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审查：%1</translation>
    </message>
    <message>
        <source>Re-score hazard</source>
        <translation>重新评估危害</translation>
    </message>
</context>
<context>
    <name>RiskInputs</name>
    <message>
        <source>not rated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>风险：</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Team composition checks</source>
        <translation>团队构成检查</translation>
    </message>
    <message>
        <source>Worker members are elected by the workers</source>
        <translation>工人成员由工人选举产生</translation>
    </message>
    <message>
        <source>Each check only warns; nothing is refused.</source>
        <translation>每项检查只作提醒，不会拒绝保存。</translation>
    </message>
    <message>
        <source>Smallest team:</source>
        <translation>最小团队规模：</translation>
    </message>
    <message>
        <source>Largest team:</source>
        <translation>最大团队规模：</translation>
    </message>
    <message>
        <source>Workers at least:</source>
        <translation>工人至少占：</translation>
    </message>
    <message>
        <source>Workers at most:</source>
        <translation>工人至多占：</translation>
    </message>
    <message>
        <source>Women&apos;s share may trail the workforce by:</source>
        <translation>女性比例可低于员工比例：</translation>
    </message>
</context>
<context>
    <name>SegmentTool</name>
    <message>
        <source>Drag from one end to the other, or click one end and type the length in metres; Shift keeps it straight.</source>
        <translation>从一端拖到另一端，或单击一端后输入长度（米）；按住 Shift 保持水平或垂直。</translation>
    </message>
    <message>
        <source>Click the other end, or type its length in metres and press Enter.</source>
        <translation>单击另一端，或输入其长度（米）后按 Enter。</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Click or drag a rectangle to select; Shift/Ctrl adds; drag to move.</source>
        <translation>单击或框选；Shift/Ctrl 追加选择；拖动以移动。</translation>
    </message>
</context>
<context>
    <name>SelectionHandles</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 × %2 m</source>
        <translation>%1 × %2 米</translation>
    </message>
    <message>
        <source>%1 × %2 m, %3 m²</source>
        <translation>%1 × %2 米，%3 平方米</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>调整形状</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>SCORE packages (*.scorepkg)</source>
        <translation>SCORE 数据包 (*.scorepkg)</translation>
    </message>
    <message>
        <source>Send enterprise</source>
        <translation>发送企业</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>接收数据包</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>发送 %1</translation>
    </message>
    <message>
        <source>A package is one file with the enterprise&apos;s records, their history and the photos they use. Send it by e-mail, USB stick or a shared folder; the receiver merges it with File ▸ Receive package…</source>
        <translation>数据包是一个文件，包含企业的记录、其历史以及所用的照片。可通过电子邮件、U 盘或共享文件夹发送；接收方通过“文件 ▸ 接收数据包…”将其合并。</translation>
    </message>
    <message>
        <source>The &amp;whole enterprise</source>
        <translation>整个企业(&amp;W)</translation>
    </message>
    <message>
        <source>Only what &amp;changed since the last package acknowledged by:</source>
        <translation>仅发送自以下对象确认收到的上一个数据包以来的更改(&amp;C)：</translation>
    </message>
    <message>
        <source>No package from %1 has said yet what they received from you: the whole enterprise will be sent.</source>
        <translation>%1 发来的数据包尚未说明其已收到您的哪些内容：将发送整个企业。</translation>
    </message>
    <message>
        <source>Much smaller: what changed since the last package %1 acknowledged. A package lost on the way is sent again.</source>
        <translation>小得多：自 %1 确认的上一个数据包以来的更改。途中丢失的数据包会再次发送。</translation>
    </message>
    <message>
        <source>Much smaller: what changed since the last package %1 acknowledged, in the package received from them on %2. A package lost on the way is sent again.</source>
        <translation>小得多：自 %1 确认的上一个数据包以来的更改（见于 %2 从其收到的数据包）。途中丢失的数据包会再次发送。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Once a package has come back from someone, you can send them only what changed since.</source>
        <translation>收到某人发回的数据包后，您就可以只向其发送此后的更改。</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>发送(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign visit report</source>
        <translation>签署访问报告</translation>
    </message>
    <message>
        <source>Sign EIP report</source>
        <translation>签署企业改进计划报告</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>手写</translation>
    </message>
    <message>
        <source>Add signature…</source>
        <translation>添加签名…</translation>
    </message>
    <message>
        <source>Save signed PDF…</source>
        <translation>保存已签署的 PDF…</translation>
    </message>
    <message>
        <source>Signed copies:</source>
        <translation>已签署的版本：</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>The report as it is now: not signed yet</source>
        <translation>当前的报告：尚未签署</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签署</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n 个签名</numerusform>
        </translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前有效</translation>
    </message>
    <message>
        <source>Its signed copies are kept as they were; new signatures sign the report as it is now.</source>
        <translation>已签署的版本按原样保留；新的签名将签署当前的报告。</translation>
    </message>
    <message>
        <source>Superseded: changed after it was signed, on %1 by %2 (%3).</source>
        <translation>已被取代：签署后于 %1 由 %2 修改（%3）。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Signed by %1: save the signed PDF to keep it.</source>
        <translation>%1 已签名：请保存已签署的 PDF 以保留签名。</translation>
    </message>
    <message>
        <source>Add a signature first.</source>
        <translation>请先添加签名。</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>保存已签署的 PDF</translation>
    </message>
    <message>
        <source>Signing the report…</source>
        <translation>正在签署报告…</translation>
    </message>
    <message>
        <source>Sign %1</source>
        <translation>签署 %1</translation>
    </message>
    <message>
        <source>Signing cancelled: nothing was saved.</source>
        <translation>已取消签署：未保存任何内容。</translation>
    </message>
    <message>
        <source>The signed PDF could not be written: %1</source>
        <translation>无法写入已签署的 PDF：%1</translation>
    </message>
    <message>
        <source>Signed PDF saved: %1</source>
        <translation>已签署的 PDF 已保存：%1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Add signature</source>
        <translation>添加签名</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>清除手写</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Drawn signature (optional):</source>
        <translation>手写签名（可选）：</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation>请输入签名人的姓名。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>用鼠标、手写笔或手指在此签名</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <source>Signed PDF saved: %1</source>
        <translation>已签署的 PDF 已保存：%1</translation>
    </message>
</context>
<context>
    <name>StartWalkthroughDialog</name>
    <message>
        <source>Start a walk-through</source>
        <translation>开始巡查</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>检查表：</translation>
    </message>
    <message>
        <source>Zones to walk through:</source>
        <translation>要巡查的区域：</translation>
    </message>
    <message>
        <source>Start from the walk-through of %1 (its answers carried)</source>
        <translation>从 %1 的巡查开始（沿用其回答）</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>New suggestion</source>
        <translation>新建议</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— 未知 —</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Suggestion:</source>
        <translation>建议(&amp;S)：</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>提出人：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Add suggestion…</source>
        <translation>添加建议…</translation>
    </message>
    <message>
        <source>Make it a project…</source>
        <translation>转为项目…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Add suggestion</source>
        <translation>添加建议</translation>
    </message>
    <message>
        <source>Edit suggestion</source>
        <translation>编辑建议</translation>
    </message>
    <message>
        <source>Make suggestion a project</source>
        <translation>将建议转为项目</translation>
    </message>
    <message>
        <source>Delete suggestion</source>
        <translation>删除建议</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>选举产生</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Composition checks…</source>
        <translation>构成检查…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Team composition: balanced.</source>
        <translation>团队构成：均衡。</translation>
    </message>
    <message>
        <source>Team composition:</source>
        <translation>团队构成：</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>编辑团队成员</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>移除团队成员</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Saved “%1”, version %2</source>
        <translation>已保存“%1”，第 %2 版</translation>
    </message>
    <message>
        <source>Import checklist template</source>
        <translation>导入检查表模板</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 未导入：
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”, version %2, with %n item(s).</source>
        <translation>
            <numerusform>已导入“%1”第 %2 版，共 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”, version %2, is already in the workspace as it is in the file.</source>
        <translation>“%1”第 %2 版已在工作区中，与文件内容相同。</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Export checklist template</source>
        <translation>导出检查表模板</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>The template could not be written: %1</source>
        <translation>无法写入模板：%1</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>模板已写入：%1</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>What the checklist is for, and how to use it</source>
        <translation>检查表的用途及使用方法</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Texts in:</source>
        <translation>文字语言：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新部分</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Section “%1”: %2</source>
        <translation>部分“%1”：%2</translation>
    </message>
    <message>
        <source>Item “%1”: %2</source>
        <translation>条目“%1”：%2</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>无法保存模板</translation>
    </message>
</context>
<context>
    <name>TemplateEntryForm</name>
    <message>
        <source>Choose a section or an item on the left.</source>
        <translation>请在左侧选择一个部分或条目。</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Answered once per zone</source>
        <translation>每个区域回答一次</translation>
    </message>
    <message>
        <source>e.g. MS1=yes; workers&gt;=50; sector=garment</source>
        <translation>例如 MS1=yes; workers&gt;=50; sector=garment</translation>
    </message>
    <message>
        <source>Show the item only when all these hold, separated by “;”: an earlier item&apos;s answer (MS1=yes, MS1=no|not_applicable), the sector (sector=garment), a module (module=OSH) or the headcount (workers&gt;=50, workers&lt;250).</source>
        <translation>仅当以下条件全部满足时显示该条目，以“;”分隔：之前条目的回答（MS1=yes、MS1=no|not_applicable）、行业（sector=garment）、模块（module=OSH）或人数（workers&gt;=50、workers&lt;250）。</translation>
    </message>
    <message>
        <source>A “no” suggests a hazard</source>
        <translation>回答“否”时建议一项危害</translation>
    </message>
    <message>
        <source>(the item&apos;s text)</source>
        <translation>（条目的文字）</translation>
    </message>
    <message>
        <source>One control a line</source>
        <translation>每行一项控制措施</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Level of control:</source>
        <translation>控制层级：</translation>
    </message>
    <message>
        <source>Likelihood (1-5):</source>
        <translation>可能性（1-5）：</translation>
    </message>
    <message>
        <source>Severity (1-5):</source>
        <translation>严重性（1-5）：</translation>
    </message>
    <message>
        <source>Hazard title:</source>
        <translation>危害标题：</translation>
    </message>
    <message>
        <source>Controls:</source>
        <translation>控制措施：</translation>
    </message>
    <message>
        <source>A “no” suggests an EIP project</source>
        <translation>回答“否”时建议一个 EIP 项目</translation>
    </message>
    <message>
        <source>(the action, else the item&apos;s text)</source>
        <translation>（行动，否则为条目的文字）</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Project title:</source>
        <translation>项目标题：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>行动：</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>帮助：</translation>
    </message>
    <message>
        <source>Show if:</source>
        <translation>显示条件：</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <source>Click where the text goes.</source>
        <translation>单击放置文字的位置。</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>文字标注</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Activity of %1</source>
        <translation>%1 的活动记录</translation>
    </message>
    <message>
        <source>&amp;History of record…</source>
        <translation>记录历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>所有记录</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处修改</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is back, with %n record(s) deleted with it.</source>
        <translation>
            <numerusform>%1 已恢复，连同一起删除的 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 已恢复。</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>导出活动记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 处修改到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>TypedLengths</name>
    <message>
        <source>Length: %1. Enter draws it; Backspace edits; Esc stops typing.</source>
        <translation>长度：%1。按 Enter 绘制；Backspace 修改；Esc 停止输入。</translation>
    </message>
    <message>
        <source>Size: %1. Tab or x goes to the height, Enter draws it; Backspace edits; Esc stops typing.</source>
        <translation>尺寸：%1。按 Tab 或 x 转到高度，按 Enter 绘制；Backspace 修改；Esc 停止输入。</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Delete the visit of %1?
You can undo this with Ctrl+Z.</source>
        <translation>删除 %1 的走访？
可按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>编辑走访</translation>
    </message>
    <message>
        <source>Choose the SCORE module this visit belongs to.</source>
        <translation>请选择本次走访所属的 SCORE 模块。</translation>
    </message>
    <message>
        <source>The next visit cannot be before this visit.</source>
        <translation>下次走访不能早于本次走访。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>SCORE &amp;module:</source>
        <translation>SCORE 模块(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>咨询师(&amp;C)：</translation>
    </message>
    <message>
        <source>Safety &amp;inspector:</source>
        <translation>安全监察员(&amp;I)：</translation>
    </message>
    <message>
        <source>Optional: paired work-safety inspector</source>
        <translation>可选：结对的安全生产监察员</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参加人员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;bservations:</source>
        <translation>观察发现(&amp;B)：</translation>
    </message>
    <message>
        <source>Agreed &amp;next steps:</source>
        <translation>下一步行动(&amp;N)：</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>下次走访：</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划于</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>SCORE 模块</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>安全监察员</translation>
    </message>
</context>
<context>
    <name>WalkthroughModel</name>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>上次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>%1 (carried)</source>
        <translation>%1（沿用）</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried from the last walk-through: answer again to confirm it</source>
        <translation>沿用自上次巡查：再次回答以确认</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>尚无回答</translation>
    </message>
    <message>
        <source>%1% yes (%2 of %3)</source>
        <translation>%1% 为“是”（%3 项中 %2 项）</translation>
    </message>
</context>
<context>
    <name>WalkthroughWindow</name>
    <message>
        <source>Walk-through: %1 (%2)</source>
        <translation>巡查：%1（%2）</translation>
    </message>
    <message>
        <source>What was seen, and where</source>
        <translation>看到了什么，在哪里</translation>
    </message>
    <message>
        <source>No: make hazard (H)</source>
        <translation>否：生成危害 (H)</translation>
    </message>
    <message>
        <source>No: make project (P)</source>
        <translation>否：生成项目 (P)</translation>
    </message>
    <message>
        <source>No: both (B)</source>
        <translation>否：两者都生成 (B)</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>“%1”的备注</translation>
    </message>
    <message>
        <source>(whole site)</source>
        <translation>（整个厂区）</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>危害：%1</translation>
    </message>
    <message>
        <source>EIP project: %1</source>
        <translation>改善计划项目：%1</translation>
    </message>
    <message>
        <source>Since the last walk-through: %1 better, %2 worse, %3 other changes; %4 answers carried, not checked again</source>
        <translation>自上次巡查以来：%1 项改善，%2 项变差，%3 项其他变化；%4 个沿用的回答未再次检查</translation>
    </message>
    <message>
        <source>Yes %1 · No %2 · Not applicable %3 · Not checked %4 · template version %5</source>
        <translation>是 %1 · 否 %2 · 不适用 %3 · 未检查 %4 · 模板版本 %5</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>after</source>
        <translation>改善后</translation>
    </message>
    <message>
        <source>before</source>
        <translation>改善前</translation>
    </message>
</context>
<context>
    <name>WorkspaceCare</name>
    <message>
        <source>The workspace could not be backed up: %1</source>
        <translation>无法备份工作区：%1</translation>
    </message>
    <message>
        <source>There is no backup of this workspace yet.</source>
        <translation>此工作区还没有备份。</translation>
    </message>
    <message>
        <source>The backup of %1 is now the workspace.</source>
        <translation>%1 的备份现已成为工作区。</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>正在还原 %1 的备份…</translation>
    </message>
    <message>
        <source>The workspace as it was is kept beside it, as %1.</source>
        <translation>原来的工作区保留在旁边，名为 %1。</translation>
    </message>
    <message>
        <source>Workspace replaced</source>
        <translation>工作区已替换</translation>
    </message>
    <message>
        <source>Compacting the workspace…</source>
        <translation>正在压缩工作区…</translation>
    </message>
    <message numerus="yes">
        <source>Removed the bytes of %n photo(s) that no record refers to.
The workspace went from %2 to %3: %4 freed.</source>
        <translation>
            <numerusform>已删除 %n 张没有记录引用的照片的数据。
工作区从 %2 变为 %3：释放了 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace compacted</source>
        <translation>工作区已压缩</translation>
    </message>
    <message>
        <source>The workspace is damaged: nothing is written to it.</source>
        <translation>工作区已损坏：不会再写入任何内容。</translation>
    </message>
    <message>
        <source>Looking for the last good backup…</source>
        <translation>正在查找最近的完好备份…</translation>
    </message>
    <message>
        <source>Recovering what can be read…</source>
        <translation>正在恢复可读取的内容…</translation>
    </message>
    <message>
        <source>Wait until the photo import, report or backup under way has finished.</source>
        <translation>请等待正在进行的照片导入、报告或备份完成。</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New enterprise…</source>
        <translation>新建企业(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an enterprise</source>
        <translation>添加企业</translation>
    </message>
    <message>
        <source>&amp;Edit enterprise…</source>
        <translation>编辑企业(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected enterprise</source>
        <translation>编辑所选企业</translation>
    </message>
    <message>
        <source>&amp;Delete enterprise</source>
        <translation>删除企业(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected enterprise and its visits</source>
        <translation>删除所选企业及其走访</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>新建走访(&amp;V)…</translation>
    </message>
    <message>
        <source>Record a visit to the selected enterprise</source>
        <translation>记录对所选企业的走访</translation>
    </message>
    <message>
        <source>Ed&amp;it visit…</source>
        <translation>编辑走访(&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the selected visit</source>
        <translation>编辑所选走访</translation>
    </message>
    <message>
        <source>Delete visi&amp;t</source>
        <translation>删除走访(&amp;T)</translation>
    </message>
    <message>
        <source>Delete the selected visit</source>
        <translation>删除所选走访</translation>
    </message>
    <message>
        <source>E&amp;xport visit report…</source>
        <translation>导出走访报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected visit&apos;s report as PDF</source>
        <translation>将所选走访的报告导出为 PDF</translation>
    </message>
    <message>
        <source>Export monthly &amp;progress report…</source>
        <translation>导出月度进展报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Indicators, improvement plan and EIT meetings of a month as PDF</source>
        <translation>将某月的指标、改进计划和企业改进小组会议导出为 PDF</translation>
    </message>
    <message>
        <source>&amp;Walk-through…</source>
        <translation>巡查(&amp;W)…</translation>
    </message>
    <message>
        <source>Answer a checklist on the selected visit, zone by zone</source>
        <translation>在所选走访中逐区域回答检查表</translation>
    </message>
    <message>
        <source>C&amp;hecklist templates…</source>
        <translation>检查表模板(&amp;H)…</translation>
    </message>
    <message>
        <source>Edit a checklist&apos;s sections, items, help, conditions and suggested hazards and projects; saving adds a new version</source>
        <translation>编辑检查表的部分、条目、帮助、条件以及建议的危害和项目；保存时新增一个版本</translation>
    </message>
    <message>
        <source>Import checklist template…</source>
        <translation>导入检查表模板…</translation>
    </message>
    <message>
        <source>Add a checklist template written in a spreadsheet (XLSX)</source>
        <translation>添加在电子表格（XLSX）中编写的检查表模板</translation>
    </message>
    <message>
        <source>Export checklist template…</source>
        <translation>导出检查表模板…</translation>
    </message>
    <message>
        <source>Write a checklist template as a spreadsheet to change or translate</source>
        <translation>将检查表模板写成电子表格，以便修改或翻译</translation>
    </message>
    <message>
        <source>&amp;Sign visit report…</source>
        <translation>签署访问报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign the selected visit&apos;s report with the inspector and the manager, and save it as a signed PDF</source>
        <translation>与安全检查员和企业经理一起签署所选访问的报告，并保存为已签署的 PDF</translation>
    </message>
    <message>
        <source>Sign &amp;EIP report…</source>
        <translation>签署企业改进计划报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Sign the enterprise&apos;s improvement plan report and save it as a PDF</source>
        <translation>签署企业改进计划报告并保存为 PDF</translation>
    </message>
    <message>
        <source>Sen&amp;d enterprise…</source>
        <translation>发送企业(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the selected enterprise&apos;s records, history and photos to a package file for the inspector, the manager or another consultant</source>
        <translation>将所选企业的记录、历史和照片写入数据包文件，供安全监察员、企业经理或其他顾问使用</translation>
    </message>
    <message>
        <source>&amp;Receive package…</source>
        <translation>接收数据包(&amp;R)…</translation>
    </message>
    <message>
        <source>Merge a package someone sent (or drop the file on the window); differing changes wait in the conflict inbox</source>
        <translation>合并他人发送的数据包（或将文件拖放到窗口上）；有分歧的更改会在冲突收件箱中等待处理</translation>
    </message>
    <message>
        <source>Con&amp;flict inbox…</source>
        <translation>冲突收件箱(&amp;F)…</translation>
    </message>
    <message>
        <source>Decide between changes made here and in another workspace</source>
        <translation>在此处与其他工作区所做的更改之间作出决定</translation>
    </message>
    <message>
        <source>Connect &amp;to office…</source>
        <translation>连接办公室(&amp;F)…</translation>
    </message>
    <message>
        <source>Give the office server&apos;s address, your name and your password</source>
        <translation>填写办公室服务器的地址、您的名称和密码</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Send your changes to the office server and bring your colleagues&apos; changes here</source>
        <translation>把您的更改发送到办公室服务器，并把同事的更改取回本机</translation>
    </message>
    <message>
        <source>New floor &amp;plan…</source>
        <translation>新建平面图(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a floor plan to the selected enterprise</source>
        <translation>为所选企业添加平面图</translation>
    </message>
    <message>
        <source>&amp;Open floor plan</source>
        <translation>打开平面图(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected floor plan in a tab</source>
        <translation>在标签页中打开所选平面图</translation>
    </message>
    <message>
        <source>EIT &amp;&amp; &amp;improvement plan</source>
        <translation>EIT 与改善计划(&amp;I)</translation>
    </message>
    <message>
        <source>The enterprise&apos;s improvement team, projects and follow-up review</source>
        <translation>企业改善团队、项目及跟进审查</translation>
    </message>
    <message>
        <source>&amp;Programme indicators</source>
        <translation>项目指标(&amp;P)</translation>
    </message>
    <message>
        <source>Indicators over all or a selection of enterprises</source>
        <translation>全部或所选企业的指标</translation>
    </message>
    <message>
        <source>Programme &amp;overview</source>
        <translation>项目概览(&amp;O)</translation>
    </message>
    <message>
        <source>Hazards by risk and category, projects closed and savings, by country, sector, module or consultant</source>
        <translation>按国家、行业、模块或顾问查看：按风险和类别统计的危害、已关闭的项目及节约</translation>
    </message>
    <message>
        <source>Floor plan &amp;details…</source>
        <translation>平面图信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Rename the plan, set building, floor, notes</source>
        <translation>重命名平面图，设置建筑、楼层、备注</translation>
    </message>
    <message>
        <source>D&amp;uplicate floor plan</source>
        <translation>复制平面图(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected plan with everything on it</source>
        <translation>复制所选平面图及其全部内容</translation>
    </message>
    <message>
        <source>Delete floor p&amp;lan</source>
        <translation>删除平面图(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected floor plan</source>
        <translation>删除所选平面图</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find enterprise</source>
        <translation>查找企业(&amp;F)</translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation>搜索企业列表</translation>
    </message>
    <message>
        <source>The comment thread of the selected hazard, project, visit or plan</source>
        <translation>所选危害、项目、访问或平面图的评论</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every change of the selected record: who, when, old and new values</source>
        <translation>所选记录的每一处修改：人员、时间、旧值与新值</translation>
    </message>
    <message>
        <source>&amp;Activity of the enterprise…</source>
        <translation>企业活动记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Every change to the enterprise&apos;s records; restore deleted ones</source>
        <translation>企业所有记录的修改；可恢复已删除的记录</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份还原(&amp;R)…</translation>
    </message>
    <message>
        <source>Put a backup in the workspace&apos;s place; the workspace is kept aside</source>
        <translation>用备份取代工作区；原工作区会另行保留</translation>
    </message>
    <message>
        <source>Co&amp;mpact workspace</source>
        <translation>压缩工作区(&amp;M)</translation>
    </message>
    <message>
        <source>Remove photo bytes no record refers to and free unused space</source>
        <translation>删除没有记录引用的照片数据并释放未用空间</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <source>A short guide from a first visit to its report</source>
        <translation>从第一次访问到报告的简短指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every shortcut of the window, searchable</source>
        <translation>窗口的所有快捷键，可搜索</translation>
    </message>
    <message>
        <source>Load &amp;demo enterprise</source>
        <translation>加载示例企业(&amp;D)</translation>
    </message>
    <message>
        <source>Add an example garment factory with visits, a plan, hazards and an EIP</source>
        <translation>添加一个示例服装厂，含访问、平面图、危害和改进计划</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desktop</source>
        <translation>关于 SCORE 桌面版(&amp;A)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The details were written to %1: please send that file with your report of the problem.</source>
        <translation>详细信息已写入 %1：报告问题时请附上该文件。</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>详细信息无法写入日志文件。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Everything you had saved is safe in the workspace. %2</source>
        <translation>出现错误：%1

您已保存的所有内容都安全地保存在工作区中。%2</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>空工作区</translation>
    </message>
    <message>
        <source>This workspace has no enterprises yet.

Load a demo enterprise (a cable maker in Deyang, Sichuan, with four visits) to explore the application?</source>
        <translation>此工作区还没有企业。

是否加载示例企业（四川德阳的一家电缆厂，含四次走访）来体验本应用？</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>better</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <source>newly checked</source>
        <translation>新检查</translation>
    </message>
    <message>
        <source>not checked again</source>
        <translation>未再次检查</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>适用性改变</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Redo: %s</source>
        <translation>重做：%s</translation>
    </message>
    <message>
        <source>Undo: %s</source>
        <translation>撤销：%s</translation>
    </message>
    <message>
        <source>Add enterprise “%s”</source>
        <translation>添加企业“%s”</translation>
    </message>
    <message>
        <source>Edit enterprise “%s”</source>
        <translation>编辑企业“%s”</translation>
    </message>
    <message>
        <source>Delete enterprise “%s”</source>
        <translation>删除企业“%s”</translation>
    </message>
    <message>
        <source>Add visit of %s</source>
        <translation>添加 %s 的走访</translation>
    </message>
    <message>
        <source>Edit visit of %s</source>
        <translation>编辑 %s 的走访</translation>
    </message>
    <message>
        <source>Delete visit of %s</source>
        <translation>删除 %s 的走访</translation>
    </message>
    <message>
        <source>Add floor plan “%s”</source>
        <translation>添加平面图“%s”</translation>
    </message>
    <message>
        <source>Delete floor plan “%s”</source>
        <translation>删除平面图“%s”</translation>
    </message>
    <message>
        <source>Add items (%1)</source>
        <translation>添加图元（%1 个）</translation>
    </message>
    <message>
        <source>Delete items (%1)</source>
        <translation>删除图元（%1 个）</translation>
    </message>
    <message>
        <source>Add hazard “%s”</source>
        <translation>添加危害“%s”</translation>
    </message>
    <message>
        <source>Delete hazards (%1)</source>
        <translation>删除危害（%1 项）</translation>
    </message>
    <message>
        <source>Use risk method “%s”</source>
        <translation>使用风险评估方法“%s”</translation>
    </message>
    <message>
        <source>Edit hazard categories</source>
        <translation>编辑危害类别</translation>
    </message>
    <message>
        <source>Add photos (%1)</source>
        <translation>添加照片（%1 张）</translation>
    </message>
    <message>
        <source>Delete photos (%1)</source>
        <translation>删除照片（%1 张）</translation>
    </message>
    <message>
        <source>Comment “%s”</source>
        <translation>评论“%s”</translation>
    </message>
    <message>
        <source>Decide on the improvement plan</source>
        <translation>对改进计划作出决定</translation>
    </message>
    <message>
        <source>Update progress of “%s”</source>
        <translation>更新“%s”的进展</translation>
    </message>
    <message>
        <source>Start walk-through “%s”</source>
        <translation>开始巡查“%s”</translation>
    </message>
    <message>
        <source>Delete walk-through</source>
        <translation>删除巡查</translation>
    </message>
    <message>
        <source>Answer “%s”</source>
        <translation>回答“%s”</translation>
    </message>
</context>
<context>
    <name>comments</name>
    <message>
        <source>Comments…</source>
        <translation>评论…</translation>
    </message>
    <message>
        <source>Comments (%1, %n new)…</source>
        <translation>评论（%1，%n 条新）…</translation>
    </message>
    <message>
        <source>Comments (%1)…</source>
        <translation>评论（%1）…</translation>
    </message>
    <message>
        <source>Review mode (enterprise manager): records are read-only; you can comment, update the projects you are responsible for and decide on the improvement plan.</source>
        <translation>审阅模式（企业经理）：记录为只读；您可以评论、更新由您负责的项目并对改进计划作出决定。</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>EIP project</source>
        <translation>EIP 项目</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>进展说明</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Approved the improvement plan.</source>
        <translation>批准了改进计划。</translation>
    </message>
    <message>
        <source>Requested changes to the improvement plan.</source>
        <translation>要求修改改进计划。</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>放弃在此表单中输入的内容？</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>平面图元素</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>EIT member</source>
        <translation>EIT 成员</translation>
    </message>
    <message>
        <source>EIT meeting</source>
        <translation>EIT 会议</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Improvement project</source>
        <translation>改进项目</translation>
    </message>
    <message>
        <source>Follow-up review item</source>
        <translation>跟进审查项</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Baseline correction</source>
        <translation>基线更正</translation>
    </message>
    <message>
        <source>Baseline survey answer</source>
        <translation>基线调查答复</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>SCORE 模块</translation>
    </message>
    <message>
        <source>Hazard category</source>
        <translation>危害类别</translation>
    </message>
    <message>
        <source>Risk bands</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>已签署的报告</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>检查表回答</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Recorded before history</source>
        <translation>历史之前已记录</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>history_field</name>
    <message>
        <source>Carried from the last walk-through</source>
        <translation>沿用自上次巡查</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查表项目</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Previous walk-through</source>
        <translation>上一次现场检查</translation>
    </message>
    <message>
        <source>Zone (repeated item)</source>
        <translation>区域（重复项目）</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>模板版本</translation>
    </message>
    <message>
        <source>Template version number</source>
        <translation>模板版本号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Author&apos;s role</source>
        <translation>作者角色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>After photo</source>
        <translation>整改后照片</translation>
    </message>
    <message>
        <source>Marks on the photo</source>
        <translation>照片标注</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Background placement</source>
        <translation>底图位置</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>基线值</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Report content (SHA-256)</source>
        <translation>报告内容（SHA-256）</translation>
    </message>
    <message>
        <source>Report content (bytes)</source>
        <translation>报告内容（字节）</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>控制层级</translation>
    </message>
    <message>
        <source>Corrected at</source>
        <translation>更正时间</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>预计成本</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Drawn signature</source>
        <translation>手写签名</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Elected by workers</source>
        <translation>由工人选举</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>现有控制措施</translation>
    </message>
    <message>
        <source>Exposed men</source>
        <translation>暴露男性</translation>
    </message>
    <message>
        <source>Exposed women</source>
        <translation>暴露女性</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>填充颜色</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Grid (m)</source>
        <translation>网格（米）</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>危害</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>识别者</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>初始风险</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查员</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>法规依据</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>主要买家</translation>
    </message>
    <message>
        <source>Managers, men</source>
        <translation>男性管理人员</translation>
    </message>
    <message>
        <source>Managers, women</source>
        <translation>女性管理人员</translation>
    </message>
    <message>
        <source>Scale (m per unit)</source>
        <translation>比例（米/单位）</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>SCORE 模块</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次访问</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>NR-5 group</source>
        <translation>NR-5 分组</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Signed PDF (SHA-256)</source>
        <translation>已签署的 PDF（SHA-256）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Pin direction</source>
        <translation>拍摄方向</translation>
    </message>
    <message>
        <source>Pinned on plan</source>
        <translation>所在平面图</translation>
    </message>
    <message>
        <source>Pin x</source>
        <translation>图钉 x</translation>
    </message>
    <message>
        <source>Pin y</source>
        <translation>图钉 y</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>良好做法</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Proposed controls</source>
        <translation>建议的控制措施</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>剩余风险</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果值</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>风险评估方法</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Actual savings</source>
        <translation>实际节约</translation>
    </message>
    <message>
        <source>Expected savings</source>
        <translation>预计节约</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Content (SHA-256)</source>
        <translation>内容（SHA-256）</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Changes signed (SHA-256)</source>
        <translation>签署时已有的更改（SHA-256）</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>已签署的报告</translation>
    </message>
    <message>
        <source>Signed as of change (on the signing device)</source>
        <translation>签署时对应的更改（在签署的设备上）</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>对齐网格</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Submitter&apos;s sex</source>
        <translation>提交人性别</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>Signature page (SHA-256)</source>
        <translation>签名页（SHA-256）</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>厚度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Union present</source>
        <translation>有工会</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核实人</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>访问类型</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Workers, men</source>
        <translation>男性工人</translation>
    </message>
    <message>
        <source>Workers, women</source>
        <translation>女性工人</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Stacking order</source>
        <translation>叠放顺序</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>SCORE consultant</source>
        <translation>SCORE 咨询师</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>安全检查员</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>企业经理</translation>
    </message>
    <message>
        <source>Programme officer</source>
        <translation>项目官员</translation>
    </message>
</context>
</TS>
