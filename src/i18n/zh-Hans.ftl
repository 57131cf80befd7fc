# Generated from the Traditional catalogue by zhconv: do not edit by hand.
# svc 的讯息（繁体中文）。每个 id 在每种语言中都有（有测试检查），参数相同。
# id：help-/clap- 命令列，error- 错误，check- svc check。

## 命令列本身的用语

help-usage = 用法：
help-commands = 命令
help-command = 命令
help-arguments = 参数
help-global-options = 全域选项
help-options = 选项
help-examples = 范例：
help-default = 预设：{ $value }
help-values = 可填：{ $values }
help-env = 环境变数：{ $name }
error-heading = 错误：
error-because = 原因：
error-hint = 提示：
clap-unknown-argument = 无法识别的参数 `{ $arg }`
clap-unknown-command = 没有 `{ $command }` 这个命令
clap-invalid-value = `{ $value }` 不是 { $arg } 可填的值；可填：{ $valid }
clap-bad-value = `{ $value }` 不适用于 { $arg }：{ $reason }
clap-missing = 缺少：{ $args }
clap-missing-command = 这里需要一个命令
clap-conflict = { $arg } 不能与 { $other } 同用
clap-too-many = { $arg } 只能填一个值
clap-value-count = { $arg } 的值个数不对
clap-did-you-mean = 你是否想输入 `{ $suggestion }`？
clap-more-help = 加上 --help 可看说明。

## svc check

severity-error = 错误
severity-warning = 警告
check-summary = { $files } 个档案，{ $errors } 个错误，{ $warnings } 个警告{ $allowed ->
        [0] {""}
       *[other] ，另有 { $allowed } 个已允许
    }

## 值：档案中各代号的名称（value-类别-代号）

value-channel-in-person = 现场
value-channel-phone = 电话
value-channel-box = 投诉箱
value-channel-letter = 信函
value-channel-email = 电邮
value-complaint-received = 已登记
value-complaint-explained = 已解释
value-complaint-accepted = 已受理
value-complaint-in-capa = 整改中
value-complaint-closed = 已结案
value-complaint-praise = 表扬
value-capa-open = 进行中
value-capa-awaiting-verification = 待验证
value-capa-effective = 已验证有效
value-action-corrective = 纠正
value-action-preventive = 预防
value-leave-leave-post = 离岗
value-leave-personal = 事假
value-leave-sick = 病假
value-leave-annual = 年假
value-slip-pending = 待批
value-slip-approved = 已批准
value-slip-noted = 已备案
value-slip-rejected = 不予批准
value-slip-cancelled = 已撤销
value-incident-late = 迟到
value-incident-early = 早退
value-incident-absent = 缺勤
value-recipient-seconding-unit = 派驻单位
value-recipient-coordination-office = 协调办
value-conduct-commendation = 书面表扬
value-conduct-criticism = 批评
value-conduct-warning = 警告
value-conduct-circulated-criticism = 通报批评
value-conduct-removal = 撤离
value-decision-proposed = 已提议
value-decision-approved = 已批准
value-decision-rejected = 不予批准
value-ground-C1 = C1
value-ground-C2 = C2
value-ground-C3 = C3
value-ground-P1 = P1
value-ground-P2 = P2
value-ground-P3 = P3
value-ground-P4 = P4
value-ground-R1 = R1
value-ground-R2 = R2
value-ground-R3 = R3
value-ground-R4 = R4
value-ground-R5 = R5
value-role-staff = 工作人员
value-role-room-head = 室负责人
value-role-coordination-office = 协调办
value-role-coordination-office-head = 协调办负责人
value-role-deputy-director = 中心副主任
value-role-executive-deputy-director = 中心常务副主任

## 表格与 CSV 的栏名（column-键）

column-id = 编号
column-received = 收到日期
column-channel = 渠道
column-room = 室
column-status = 状态
column-cause = 原因类别
column-responsible = 责任人
column-capa = 措施
column-summary = 内容
column-result = 结果
column-reply = 答复
column-complaint = 投诉
column-opened = 开立
column-round = 轮次
column-next = 下一步
column-overdue = 逾期
column-reminders = 催办
column-staff = 职员
column-kind = 类别
column-from = 自
column-to = 至
column-days = 工作日
column-route = 流程
column-ground = 条件
column-proposed = 提议日期
column-decided = 决定
column-notified = 通知
column-evidence = 证据
column-detail = 详情
column-name = 姓名
column-working-days = 工作日数
column-leave-post = 离岗
column-personal = 事假
column-sick = 病假
column-annual = 年假
column-late = 迟到
column-early = 早退
column-absent = 缺勤
column-due = 期限
column-record = 记录
column-to-do = 待办
column-who = 由谁
column-clause = 条款
column-rule = 规则
column-severity = 严重性
column-depends-on = 取决于
column-asks = 要求

## 一览

reply-wanted = 待答复
sheet-pass = 合格
sheet-fail = 不合格
todo-overdue = { $day }（已逾期）
count-forms = 共 { $n } 张投诉单
count-capas = 截至 { $day } 共 { $n } 份纠正预防措施跟踪报告
count-conduct = 共 { $n } 项奖惩
count-slips = 共 { $n } 张假条

## 询问的表单

man-written = 已写出 { $n } 个说明页到 { $dir }
man-no-command = 没有 `{ $name }` 这个命令：`svc --help` 会列出所有命令
ask-missing = 缺少 { $flag }（{ $label }）：请在命令列上提供；在终端机上 svc 会询问
ask-declined = 未写入：没有任何改动
ask-required = 不可空白
ask-yes = 是
ask-yes-or-no = 请回答 是 或 否（y/n）
ask-write = 写入？（是/否）
ask-channel = 渠道
ask-room = 室
ask-summary = 投诉内容
ask-whose = 责任属谁
ask-explanation = 向客户所作的说明
ask-cause-category = 原因类别
ask-cause = 查明的原因
ask-responsible = 责任人（负责纠正预防措施）
ask-result = 处理结果
ask-reply-via = 答复方式
ask-reply = 答复内容
whose-ours = 本中心责任
whose-customer = 客户责任

## 投诉

complaint-logged = 已登记 { $id }，存于 { $path }
complaint-praise = 对 { $who } 的表扬：可作书面表扬的依据（RP-1 C1）
complaint-next-triage = 由窗口判定责任属谁：本中心责任（--ours）或客户责任（--customer --note "所作的说明"）
complaint-triaged-ours = { $id } 属本中心责任
complaint-triaged-customer = { $id } 已向客户解释，到此结束（CC-4.1）；协调办可用 `svc complaint close { $id } --result 内容` 结案
complaint-analysed = { $id } 已分析；已为 { $who } 开立 { $capa }，存于 { $path }
complaint-next-track = { $who } 新增纠正及预防措施（CC-4.4）
complaint-closed = { $id } 已结案（CC-4.7）
complaint-names-capa = { $id } 指向纠正预防措施 { $capa }
form-complaint = 客户投诉/意见单
form-received = { $day } 经{ $channel }收到，{ $room }
form-wants-reply = 要求答复
form-no-reply = 不要求答复
form-by = { $day } 由 { $who }：{ $what }
form-not-yet = 尚未进行（{ $clause }）

## 逐行列出记录时的标签（column-键）

column-logged-by = 填写人
column-logged_by = 填写人
column-complained-about = 被投诉人
about-nobody = 无（分析时确认）
about-unknown = 未指明
count-staff = 共 { $n } 人
whoami-detail = { $role }，{ $room }
column-role = 角色
column-qualified = 持证日期
column-room-name = 名称
decided-by = { $day }，{ $who }
column-praise-of = 表扬对象
column-remedy = 客户要求
column-customer = 客户
column-triage = 责任判定
column-analysis = 原因分析
column-interview = 客户面谈
column-closed = 结案
column-responsibility = 责任
column-note = 备注
column-conduct = 奖惩
column-decision = 决定
column-letter = 函件
column-cancelled = 撤销
column-leave = 假条
column-reason = 事由
column-requested = 申请
column-retroactive = 补假
column-time = 时间
column-problem = 问题

## 纠正和预防措施

capa-done = { $id }：第 { $n } 项措施已完成；第 { $round } 轮尚有 { $open } 项未完成
capa-next-complete = { $who } 报告本轮完成（CC-4.4）
capa-added = { $id }：已新增第 { $round } 轮第 { $n } 项{ $kind }措施，计划 { $due } 完成
capa-completed = { $id }：第 { $round } 轮已报告完成；协调办须于 { $deadline } 前验证（CC-4.5）
capa-verified-late = 警告：验证晚于 CC-4.5 的 { $window } 个工作日，记为逾期验证
capa-effective = { $id }：验证有效
capa-not-effective = { $id }：无效，已开立第 { $round } 轮（CC-4.6）
capa-action-number = `{ $text }` 不是措施编号：请填报告上所列的号码，例如 2（`svc capa show 编号` 会列出）
capa-reminded = { $id }：已向 { $who } 发出第 { $n } 次催办，限 { $due } 前完成{ $n ->
        [1] （第一次催办：届时仍未完成，属 RP-2 P4 的情形）
        [2] （第二次催办：届时仍未完成，属 RP-3 R4 的情形）
       *[other] {""}
    }
capa-next-verify-by = 于 { $deadline } 前验证
capa-next-verify = 待验证
capa-next-action = 第 { $n } 项措施 { $due } 到期
capa-next-report = 报告完成
capa-next-add = 新增措施
form-capa = 纠正和预防措施跟踪报告
capa-round = 第 { $n } 轮
capa-action-done-on = ，{ $day } 完成
capa-action-line = { $n }. { $text }（{ $kind }）{ $due } 到期{ $done }
capa-round-completed = 完成  { $day }，{ $who }
capa-verdict-effective = 有效
capa-verdict-not-effective = 无效
capa-verdict-late = （逾期，期限 { $deadline }）
capa-round-verified = 验证  { $day }，{ $who }：{ $verdict }{ $late }：{ $note }
capa-reminder-line = 第 { $n } 次催办   { $day }，{ $who }（{ $overdue }）{ $note }
form-on-by = { $day }，{ $who }

## 请假

value-band-staff-notice = 职员（报告室负责人）
value-band-staff-short = 职员（室负责人批准）
value-band-staff-long = 职员（长假）
value-band-room-head-notice = 室负责人（电话告知）
value-band-room-head-short = 室负责人（短假）
value-band-room-head-long = 室负责人（长假）
value-band-office-head-notice = 协调办负责人（告知）
value-band-office-head-short = 协调办负责人（短假）
value-band-annual = 年假
value-step-room-head = 室负责人批准
value-step-coordination-office = 协调办批准
value-step-coordination-office-head = 协调办负责人批准
value-step-executive-deputy-director = 中心常务副主任批准
value-step-deputy-director = 中心副主任批准
value-step-seconding-unit = 派驻单位的审批，由协调办记录
value-step-seconding-unit-hr = 派驻单位人事部门的审批，由协调办记录
value-step-filing = 交协调办备案
value-verdict-approved = 批准
value-verdict-rejected = 不予批准
value-verdict-filed = 已备案
leave-notice-office = 电话告知协调办（ATT-2）
leave-notice-deputy-director = 告知中心副主任（协调办负责人本人的假，ATT-2）
leave-notice-room-head = 向室负责人报告（ATT-3）
leave-nothing-to-approve = { $notice }；无须审批
leave-approved-step = { $step }：已批准
leave-rejected-at = 在“{ $step }”不予批准
leave-filed = 已交协调办备案
leave-cancelled = 已撤销
leave-requested = { $id }：{ $who } 的{ $kind }，{ $from } 至 { $to }，共 { $days } 个工作日{ $retroactive ->
        [yes] ，补假
       *[other] {""}
    }
leave-route = 审批流程（{ $clause }）：{ $route }
leave-route-then = ，然后
leave-step-done = { $id }：{ $done }；状态 { $status }
leave-next = 下一步：{ $step }
form-leave = 离岗/事(病)假条
leave-time = { $from } 至 { $to }，共 { $days } 个工作日
leave-retroactive = 补假：休假开始后才填写
leave-step-taken = { $step }：{ $decision }，{ $day }，{ $who }{ $reference }{ $note }
leave-reference = ，文号 { $reference }
ask-staff = 请假人
ask-kind = 假别
ask-from = 自（日期，可加 上午、下午 或 时:分）
ask-to = 至（日期，可加 上午、下午 或 时:分）
ask-reason = 事由
leave-bad-moment = `{ $text }` 不是时间；请写 2026-03-02、"2026-03-02 am"、"2026-03-02 pm" 或 "2026-03-02 13:30"

## 奖惩

ground-C1 = 服务规范、文明、高效，受客户表扬
ground-C2 = 发现并避免差错或漏洞
ground-C3 = 拒绝吃请、收受钱物，严格按规定办事
ground-P1 = 工作马虎、松散或态度欠佳，遭客户投诉
ground-P2 = 迟到早退，月度考勤不合格
ground-P3 = 文件未按规定签收、登记、保管，或损坏、遗失
ground-P4 = 经办事项未按时完成，经一次催办仍未完成
ground-R1 = 纪律松散或刁难客户，经批评仍不改正
ground-R2 = 工作不负责任，屡出差错
ground-R3 = 审批中吃请或收受礼品
ground-R4 = 经第二次催办仍未完成，或屡次逾期
ground-R5 = 其他不适合岗位的情形
conduct-proposed = { $id }：已提议对 { $who } 的{ $kind }，条件 { $ground }；由{ $decider }决定（{ $clause }）
conduct-decided = { $id }：{ $status }
conduct-next-notify = 协调办致函派驻单位（RP-1、RP-3）
conduct-letter = { $id }：已记录致 { $unit } 的函件
conduct-the-unit = 派驻单位
form-conduct = 奖惩
conduct-kind-line = { $kind }，条件 { $ground }（{ $clause }）：{ $what }
conduct-pending = 待决定：由{ $decider }决定
conduct-decision-line = { $verdict }，{ $day }，{ $who }{ $note }
conduct-letter-line = { $day }，{ $who }，致 { $unit }
conduct-suggestions = { $from } 至 { $to } 共 { $n } 项建议；不作任何决定：请用 `svc conduct propose` 提议

## 待办（svc todo）

todo-triage = 判定：责任属谁
todo-analyse = 分析并开立纠正预防措施
todo-close = 结案：填写处理结果（及答复）
todo-reply = 答复客户并结案
todo-action = 第 { $n } 项措施：{ $text }
todo-plan = 订出纠正及预防措施及其日期
todo-report = 报告完成
todo-remind = 催办 { $who }（第 { $n } 次催办 — RP-2 P4 / RP-3 R4）
todo-verify-left = 验证：尚余 { $days } 个工作日
todo-verify-late = 验证：已逾期 { $days } 个工作日
todo-leave-step = { $who } 的假条：{ $step }
todo-send-sheet = 把 { $room } 的考勤表报送{ $to }
todo-decide = 决定对 { $who } 的{ $kind }（{ $ground }）
todo-letter = 致函派驻单位
todo-count-mine = 截至 { $day }，{ $who } 共 { $n } 项待办
todo-count = 截至 { $day }，共 { $n } 项待办

## 考勤

attendance-incident = { $id }：{ $who } { $day } { $kind }
attendance-dispatched = { $id }：{ $room } 室 { $month } 的考勤表已于 { $day } 报送{ $to }
attendance-month = { $month }：共 { $n } 人，{ $failed } 人不合格（合格：迟到早退不超过 { $late } 次，缺勤不超过 { $absent } 次）

## 规则：发现的问题或被拒绝的步骤所说的话

plain = { $text }
stats-output-in-records = --output { $path } 会覆写 svc.toml 或写进 records/：请把报表写到别处
error-in = { $what }: { $error }
error-at = { $path }:{ $line }:{ $column }: { $error }
suggest-complaint = { $day } { $cause }
refusal-and-same = { $first }；另外：{ $message }
refusal-and = { $first }；另外：{ $message } [{ $clause }]
refusal-another-record = 另一笔记录
refusal-would-break = 这会使 { $other } 违反规定：{ $message }
rule-dates-in-order = { $what }（{ $day }）早于{ $before }（{ $before_day }）
rule-year-unknown = 从 { $from } 到 { $to } 的工作时间要计入 { $year } 年，但 svc.toml 尚未列出该年的假日和调休：请先在 svc.toml 加入 { $year } 年的 [[calendar.holidays]] 与 makeup_workdays（该年没有时，在 [calendar] 写 `years = [{ $year }]`）
rule-next-year-unknown = svc.toml 尚未列出 { $year } 年的假日和调休：请在 { $year }-01-01 之前加到 [calendar]，否则任何步骤都不能计算 { $year } 年的工作时间
rule-not-after-today = 日期 { $day } 晚于今天（{ $today }）
step-after-today = 这一步的日期 { $day } 晚于中心的今天（{ $today }）：--date 只能补记过去的日期；未写入任何内容
rule-office-step = { $what }是协调办的步骤，但 { $who } 是{ $role }
rule-removed-no-steps = { $who } 已于 { $day } 撤离本中心，此后不得再办理任何步骤
rule-removed-not-responsible = { $who } 已于 { $day } 撤离本中心，此后不得被指定为责任人
rule-qualified-from = { $who } 于 { $day } { $what }，但其持证上岗自 { $from } 起才生效
rule-not-qualified = { $who } 于 { $day } { $what }，但未经确认持证上岗：由协调办在 svc.toml 中设定 `qualified`
when-received = 收到日期
when-triage = 责任判定
when-analysis = 原因分析
when-explanation = 向客户解释
when-closing = 结案
when-effective = 验证有效
when-reply = 答复
did-triage = 判定了责任
did-write-form = 填写了这张单
step-analyse = 分析投诉
step-close = 投诉结案
rule-summary-empty = 内容空白：请写下客户所说的话
rule-logged-by-unit = { $who } 是{ $role }：投诉单由受理单位或协调办填写
rule-status-agrees = 状态写的是 `{ $status }`，但已记录的步骤显示为 `{ $derived }`
rule-praise-only = { $id } 是表扬而非投诉：不作责任判定、分析或结案
rule-triage-by-unit = { $who } 不得判定 { $id } 的责任：由受理的 `{ $room }` 室或协调办判定
rule-explanation-needed = 属客户自身责任时须记录向客户所作的解释（--note）
rule-explained-no-analysis = 属客户自身责任的投诉经解释即结束：不作分析，不开立纠正预防措施
rule-analysis-not-accepted = { $id } 未判定为本中心责任：请先执行 `svc complaint triage { $id } --ours`
rule-unknown-category = 未知的原因类别 `{ $category }`{ $hint }；可用类别：{ $known }（见 svc.toml 的 [complaints]）
rule-cause-empty = 原因空白：请写下分析所发现的原因
rule-capa-missing = 纠正预防措施 { $capa } 不存在
rule-capa-other-complaint = 纠正预防措施 { $capa } 属于 { $complaint }，不属于本投诉
rule-result-empty = 结果空白：请写下要填在投诉单上的结果
rule-closed-unresolved = { $id } 结案时既无分析与有效的纠正预防措施，也未作为客户责任解释
rule-close-before-effective = { $id } 须待其纠正预防措施 { $capa } 验证有效后才能结案（措施状态：{ $status }）
rule-reply-first = 客户要求答复：请先答复，再以 --reply-via 渠道 --reply 内容 结案
rule-reply-empty = 答复内容空白：请写下告知客户的内容
rule-reply-before-result = 回复日期 { $on } 早于{ $what }（{ $day }）：回复是告知客户结果，应在其当日或之后
overdue-action = 第 { $n } 项措施应于 { $due } 完成
overdue-completion = 措施应于 { $due } 前完成，但尚未报告完成
overdue-verification = 应于 { $deadline } 前验证
step-open-capa = 开立纠正预防措施
step-verify = 验证纠正预防措施
step-remind = 催办
when-round-start = 本轮开始
when-action = 措施
when-added = 新增日期
when-done = 完成
when-completion = 报告完成
when-verification = 验证
when-capa-opened = 措施开立
when-reminder = 催办
when-previous-reminder = 上一次催办
when-this-reminder = 这次催办
rule-record-unreadable = { $id } 无法读取：它的档案有错误（已在该档案上报告）；请先修正那个档案
rule-complaint-missing = 投诉 { $complaint } 不存在
rule-capa-responsible-differs = 投诉指定的责任人是 { $complaint }，本措施却是 { $capa }
rule-capa-opened-differs = 开立日期为 { $opened }，但开立它的分析日期为 { $analysis }
rule-complaint-not-naming = 投诉 { $complaint } 的分析没有指向本措施
rule-capa-no-round = 纠正预防措施至少要有一轮措施
rule-plan-by = { $who } 不得为 { $id } 订立措施：措施由责任人（{ $responsible }）提出（CC-4.4）
rule-action-empty = 措施内容空白
rule-due-before-added = 计划日期 { $due } 早于新增措施的日期（{ $added }）
rule-done-by = { $who } 不得标记 { $id } 的第 { $n } 项措施完成：由责任人（{ $responsible }）执行（CC-4.4）
rule-done-without-by = 已完成的措施须记录由谁完成（`done_by`）
rule-by-without-done = 有 `done_by` 却没有 `done`：请记录完成日期
rule-completion-by = 只有责任人（{ $responsible }）可报告 { $id } 完成；{ $who } 不是责任人
rule-no-corrective = 第 { $n } 轮没有纠正措施：请用 `svc capa track { $id } --action 内容 --kind corrective --due 日期` 新增
rule-no-preventive = 第 { $n } 轮没有预防措施：请用 `svc capa track { $id } --action 内容 --kind preventive --due 日期` 新增
rule-complete-with-open = 第 { $n } 轮要报告完成，每项措施都须已完成，但第 { $open } 项（在报告完成之日）尚未完成；请逐项用 `svc capa track { $id } --done N` 标记
rule-verified-before-completion = 第 { $n } 轮在报告完成之前就已验证
rule-round-after-effective = 第 { $n } 轮已验证有效，之后却还有一轮
rule-round-after-unverified = 第 { $n } 轮从未验证，之后却还有一轮
rule-round-must-follow = 第 { $n } 轮无效：必须展开新一轮（`svc capa track { $id } --action ...`）
rule-verifier-responsible = { $who } 是 { $id } 的责任人，不得自行验证：由协调办其他人员验证
rule-verification-note-empty = 验证说明空白：请写下查核了什么
rule-deadline-differs = 记录的期限是 { $recorded }，但按本中心日历，报告完成（{ $completed }）后 { $window } 个工作日是 { $deadline }
rule-late-flag = `late = { $late }`，但验证日期为 { $on }，期限为 { $deadline }
rule-verified-late = 逾期 { $over } 个工作日验证：期限 { $deadline }，验证于 { $on }
rule-reminder-number = 第 { $n } 次催办的编号写成 { $number }
rule-reminder-no-day = { $id } 的第 { $n } 次催办没有写明完成期限，不能作为 P4 或 R4 的依据：`svc repair --reminder-days` 会补上预设期限（{ $default }，下一个工作日），或按催办时所说写入 `due = YYYY-MM-DD`
rule-reminder-due-before = 催办要求在 { $due } 前完成，早于催办日期（{ $on }）
rule-reminder-not-overdue = { $id } 在 { $on } 没有 { $who } 逾期的工作：{ $why }
rule-not-working-day = { $day } 不是工作日
rule-reminder-same-day = { $day } 已催办过
why-effective = 当时已验证有效
why-completed = 当时已报告完成：逾期验证是协调办的责任，不是催办责任人的理由
why-nothing-due = 没有任何事项过了计划日期，无须催办
hint-verify = 协调办用 `svc capa verify { $id }` 验证
hint-remind = 协调办可用 `svc capa remind { $id }` 催办
rule-overdue = 截至 { $day } 已逾期：{ $overdue }；{ $hint }

## 请假的规则与拒绝

leave-not-covered = 请假程序适用于工作人员、室负责人与协调办负责人（ATT-2、ATT-3）及年假（ATT-4）；不适用于{ $role }
leave-next-is-filing = { $id } 的下一步是备案：请执行 `svc leave file { $id }`
leave-filed-not-rejected = 已批准的假条只能备案，不能不予批准
leave-reject-needs-reason = 不予批准须写明 --reason
leave-not-ready-for-filing = { $id } 尚不能备案：下一步是{ $step }
leave-already = { $id } 已是{ $status }
leave-notice-nothing-to = { $id } 只须告知（{ $notice }）：没有可{ $verb }的
leave-nothing-to = { $id } 已是{ $status }：没有可{ $verb }的
leave-nobody-may = svc.toml 中没有这个角色的人（请在 [[staff]] 加上）
leave-may-not-take = { $who }（{ $role }）不得办理“{ $what }”；可以办理的是：{ $may }
verb-approve = 批准
verb-reject = 不予批准
verb-file = 备案
when-previous-step = 上一步
when-this-step = 这一步
when-cancellation = 撤销
rule-role-changed = { $who } 申请时是{ $applied }，但职员名册现在写的是{ $now }
rule-entered-by = { $who } 不得为 { $applicant } 填写假条：由请假人本人、其室负责人或协调办填写
rule-reason-empty = 事由空白：假条须写明原因
rule-ends-before-start = 假期结束（{ $to }）早于开始（{ $from }）
rule-no-working-time = 按本中心日历，{ $from } 至 { $to } 没有工作时间：无须请假
rule-working-minutes = working_minutes = { $recorded }，但按本中心日历 { $from } 至 { $to } 的工作时间为 { $minutes } 分钟
rule-requested-after-start = 申请日 { $requested } 晚于假期开始 { $started }：事后申请应作为补假（--retroactive）
rule-band = { $role }请 { $days } 个工作日的{ $kind }属 `{ $band }`，不是 `{ $recorded }`
rule-route = svc.toml 政策中 `{ $band }` 的流程是 { $policy }，本假条记录的是 { $recorded }
rule-step-unexpected = 第 { $n } 步是 `{ $step }`，但流程在此应为 `{ $expected }`
rule-step-beyond = 第 { $n } 步超出了流程（共 { $steps } 步）
rule-decision-unfit = `{ $decision }` 不是 `{ $step }` 这一步的决定
rule-after-rejection = 不予批准的假条不再有后续步骤
rule-own-slip = { $who } 不得审批自己的假条；这一步是{ $step }
rule-step-authority = { $message }
rule-approved-twice = { $who } 已批准过这张假条：流程中的每次批准须由不同的人作出
rule-external-reference = { $step }在中心以外办理：请提供派驻单位的 --reference 文号
rule-cancel-by = 只有 { $staff } 或协调办可撤销 { $id }；{ $who } 不可以
rule-cancel-after-start = { $id } 已于 { $day } 开始：已休的假不能撤销
rule-overlap = { $who } 在这段时间已有 { $other }（{ $from } 至 { $to }，{ $status }）：请先撤销，或改变日期
rule-pending-after-end = { $id } 的假期已于 { $day } 结束却仍待批：请不予批准（`svc leave reject { $id } --reason ...`），如须事后批准，另填补假

## 考勤的规则

when-incident = 考勤异常日期
when-recorded = 记录日期
rule-incident-not-working-day = 按本中心日历 { $day } 不是工作日：无出勤可言
rule-minutes-not-absence = 分钟数用于迟到与早退，不用于缺勤
rule-keeper = { $who } 不得为 { $person } 记录考勤：由其室负责人或协调办记录
rule-incident-twice = { $who } 在 { $day } 的{ $kind }已记录于 { $first }
rule-correction-needed = { $room } 室 { $month } 的考勤表已于 { $sent } 报送：此后记录的异常属更正（--correction "原因"）
rule-on-leave = { $who } 当时在已批准的假期 { $slip }（{ $from } 至 { $to }）中：{ $day } 不算{ $kind }
rule-dispatch-by = { $who } 不得报送 { $room } 室的考勤表：由该室负责人或协调办报送
rule-dispatch-month-end = { $month } 的考勤表于月底报送，即 { $day } 或之后
rule-dispatch-twice = { $room } 室 { $month } 的考勤表已于 { $day } 报送{ $to }（{ $first }）
rule-sheet-not-sent-many = { $room } 室有 { $n } 个月（{ $first } 至 { $last }）的考勤表未报送{ $to }：逐月用 `svc attendance dispatch 月份 --room { $room } --to { $token }`
rule-sheet-not-sent = { $room } 室 { $month } 的考勤表未报送{ $to }：`svc attendance dispatch { $month } --room { $room } --to { $token }`

## 奖惩：规则与拒绝

when-proposal = 提议
when-decision = 决定
when-letter = 函件
step-letter = 致函派驻单位
kinds-rp1 = 书面表扬
kinds-rp2 = 批评、警告或通报批评
kinds-rp3 = 撤离
shows-C1 = 由他人登记、表扬其本人的表扬单
shows-P1 = 经判定属本中心责任、分析确认其为被投诉人、且原因类别属个人行为的投诉（不是负责改正的人）
shows-P2 = 其因迟到或早退（至少一次）而不合格的月度考勤表（SHEET-YYYY-MM）（仅因缺勤不合格不属 P2）
shows-P3 = 在其保管中遗失或损坏的公文（DOC-…）（移交未签收不属 P3）
shows-P4 = 经催办、到催办所定日期仍未完成（之后才完成或仍未完成）的纠正预防措施，或其屡次超时限办结之一
shows-R1 = 在其 P1 批评（已决定）之后收到的、投诉其行为的投诉或巡查所见违规
shows-R4 = 经第二次催办、到所定日期仍未完成的措施，或 12 个月内超过计划日期办结达 `repeated_overdue` 项的措施之一
shows-note = 书面说明
evidence-not-about = 与 { $who } 无关
evidence-after = 日期为 { $dated }，晚于提议（{ $day }）
evidence-bad = `{ $text }` 不是证据：请写记录编号（CMP-2026-0001、CAPA-2026-0001…）或月度考勤表（SHEET-2026-03）
rule-director-not-proposed = { $who } 是{ $role }：奖惩由主任们决定，不对他们提议
rule-kind-fits = 条件 { $ground }（{ $clause }）适用于{ $kinds }，不适用于{ $kind }
rule-proposed-by-office = 奖惩只由协调办提议；{ $who } 是{ $role }
rule-conduct-note-empty = 说明空白：请写下发生了什么
rule-prior-criticism = R1 适用于受批评后仍不改正，但 { $who } 在 { $day } 之前没有已决定的批评
rule-evidence-missing = 证据 { $id } 不存在
rule-evidence-problem = 证据 { $id } { $problem }
rule-sheet-incomplete = 提议时（{ $day }）{ $month } 的考勤表尚未完成
rule-evidence-needed = { $ground } 须有证据显示 { $who } 符合：{ $what }
rule-decided-by = { $clause } 的{ $kind }由{ $decider }（{ $token }）决定；{ $who } 是 { $role }
rule-own-decision = 任何人不得决定自己的奖惩
rule-letter-pending = 已决定的书面表扬尚未致函派驻单位：`svc conduct notify { $id }`
conduct-only-approved-sent = { $id } 是{ $status }：只有已决定的才致函派驻单位
conduct-already-decided = { $id } 已作出决定（{ $status }）
conduct-already-sent = { $id } 已于 { $day } 致函
suggest-praised = { $day } 受表扬
suggest-approved = { $day } 已决定{ $kind }
suggest-complaint-after = 其后的投诉，{ $day }
suggest-unmet = 经 { $n } 次催办，到所定日期仍未完成
suggest-repeatedly = 12 个月内有 { $n } 项措施超过计划日期办结
suggest-sheet = { $month }：迟到 { $late } 次，早退 { $early } 次，缺勤 { $absent } 次

## 投诉与措施的步骤被拒绝

complaint-praise-no-triage = { $id } 是表扬而非投诉：无须判定责任
complaint-already-triaged = { $id } 已判定过责任（状态 { $status }）
complaint-not-triaged = { $id } 尚未判定责任：请先执行 `svc complaint triage { $id } --ours`
complaint-cannot-analyse = { $id } 不能分析：其状态是{ $status }
complaint-cannot-close = { $id } 不能结案：其状态是{ $status }
unknown-room = 没有 `{ $id }` 这个室；现有的室：{ $rooms }
unknown-staff = 没有职员编号 `{ $id }`{ $hint }；见 svc.toml 的 [[staff]]
did-you-mean = （是否指 `{ $candidate }`？）
capa-no-such-action = { $id } 本轮没有第 { $n } 项措施（共 { $count } 项）
capa-action-already-done = 第 { $n } 项措施已于 { $day } 完成
capa-verb-add = 新增措施
capa-verb-done = 标记措施完成
capa-verb-complete = 报告完成
capa-verb-verify = 验证
capa-is-open = 措施进行中：请先完成各项措施，再执行 `svc capa complete { $id }`
capa-is-awaiting = 已报告完成：由协调办执行 `svc capa verify { $id }`
capa-is-effective = 已验证有效并关闭
capa-cannot = 不能对 { $id } { $what }：{ $why }

## 档案与 svc.toml

noun-complaint = 投诉单
noun-capa = 纠正预防措施
noun-leave = 假条
noun-incident = 考勤异常
noun-dispatch = 报送记录
noun-conduct = 奖惩记录
id-bad = `{ $text }` 不是{ $noun }编号；{ $noun }编号的格式如 { $prefix }-2026-0001
rule-room-twice = 室编号 `{ $id }` 重复列出
rule-staff-twice = 职员编号 `{ $id }` 重复列出
rule-email-twice = 电邮 `{ $email }` 属于不止一人
rule-staff-room-unknown = { $who } 所在的室 `{ $room }` 不存在
rule-staff-needs-room = { $who } 是{ $role }，须写明 `room`
rule-staff-unqualified = { $who } 未经确认持证上岗（`qualified`）：尚不得上岗服务
rule-room-headless = { $room } 室没有室负责人审批请假
rule-office-empty = 职员名册中没有协调办的人员
rule-holiday-and-makeup = { $day } 既是假日又是补班日
rule-category-twice = 原因类别 `{ $id }` 重复列出
rule-text-too-long = { $key } 有 { $n } 个字；文字栏位至多 { $max } 个字：请缩短，或把长文另存为公文并在此注明
file-too-large = 档案有 { $mb } MB；记录或 svc.toml 至多 { $max } MB，因此未读取
rule-control-character = `{ $key }` 含有控制字元或隐形字元 { $character }：请删除（终端机控制码、双向覆写与零宽字元一律不保存）
rule-id-file-name = 编号 { $id } 与档名 { $stem }.toml 不符：请改档名或改编号
rule-id-kind = { $id } 不是{ $noun }编号，但档案放在 { $folder } 资料夹
rule-id-year = { $id } 放在 { $folder }/ 下，应放在 { $year }/ 下
rule-id-shared = { $id } 也是 { $others } 的编号：编号不得共用或重复使用
calendar-all-weekend = `calendar.weekend` 列出了一周的每一天：至少要留一个工作日
calendar-session-backwards = `calendar.{ $name }` 的结束早于开始
calendar-afternoon-first = `calendar.afternoon` 须在上午结束之后开始
calendar-holiday-backwards = 假日 `{ $name }` 的结束早于开始
calendar-bad-weekday = `{ $text }` 不是星期几；请写如 "saturday"
calendar-bad-session = `{ $text }` 不是时段；请写成 "09:00-12:00"
history-finished-changed = 记录已办结，之后又被修改
history-changed = `{ $key }` 原为 { $was }，现为 { $now }
history-removed = `{ $key }`（{ $was }）被删除
when-rule-today = 取决于 --date
when-rule-history = 历史（--base）
when-rule-recorded = 仅看记录
check-rule-count = 共 { $n } 条规则
check-no-rule = --allow：没有 `{ $name }` 这条规则{ $hint }；`svc check --list-rules` 会列出全部规则

## 读取档案

file-cannot-read = 无法读取：{ $error }
file-conflict = 有未解决的 git 合并冲突：如果两边各自新增了记录（两台电脑用了同一个新编号），请执行 `svc renumber`，两笔都会保留；如果两边都改了它，请保留正确的行，删除 <<<<<<< ======= >>>>>>> 这几行，再执行 `svc check`
file-not-utf8 = 不是 UTF-8（字节 { $byte }）；档案可完整读作 { $encodings }，可能被编辑器存成了该编码：`svc fix-encoding 档案` 会把它转为 UTF-8 并列出改动的行
file-not-text = 不是 UTF-8（字节 { $byte }），也不是 Big5 或 GBK 的文字：档案已损坏或不是记录；请从 git 还原（`git checkout -- 档案`）
file-check-spelling = ；请对照 schemas/ 中的 schema 检查拼写
file-unknown-field = 未知的栏位 `{ $field }`{ $hint }
file-missing-field = 缺少栏位 `{ $field }`
file-wrong-type = 类型不对：{ $found }，应为 { $expected }
file-unknown-value = `{ $value }` 不是可用的值，可用：{ $expected }
file-toml = TOML 格式错误：{ $message }
file-at-key = `{ $key }`：{ $message }

## 记录库

repo-no-config = { $dir } 中没有 svc.toml：它是记录库吗？
repo-no-config-hint = 可用 `svc init { $dir }` 建立
repo-not-found = { $dir } 及其上层资料夹都没有 svc.toml
repo-not-found-hint = 请进入记录库资料夹，或加 --repo 资料夹，或用 `svc init` 建立
repo-config-unusable = { $error }
    （执行 `svc check` 可看到所有问题）
repo-no-record = 没有{ $noun } { $id }：{ $path } 不存在（用 `svc { $group } list` 列出）
repo-see-check = { $error }
repo-id-twice = { $id } 是两个档案的编号：{ $first } 和 { $second }；同一记录不会算两次。合并之后，`svc renumber` 会给其中一个新编号；详见 `svc check`
    （执行 `svc check` 可看到所有问题）
repo-symlink = { $path } 是符号连结：svc 不跟随 records/ 下的连结；请换成真正的资料夹或档案
repo-changed-meanwhile = svc 处理期间 { $path } 被改动了：请重新执行命令
journal-busy = { $journal } 已有未完成的步骤
journal-unreadable = 无法读取 { $journal }（{ $error }）；核对记录后请删除它
journal-conflict = { $path } 已存在且内容不同：日志中的步骤无法完成

## 检查、初始化、修复、同步、schema、转换编码

cannot-read-cwd = 无法读取目前的资料夹
check-interrupted = 有步骤在所有档案写完之前被中断：任何会写入的 svc 命令（如 `svc repair`）都会完成它
check-leftover-temp = 中断的写入留下的暂存档；记录本身完好。任何会写入的 svc 命令都会删除它
check-records-link = records/ 是符号连结：记录必须放在记录库本身之中，svc 不会经由连结读取；请以资料夹取代连结
check-link = 符号连结：svc 不跟随 records/ 下的连结，所以不检查它；请换成真正的资料夹或档案
check-not-record-folder = `{ $name }` 不是记录资料夹（svc 认得的有 { $known }）：其中的档案不会被检查
check-should-be-folder = `{ $name }` 应是存放{ $noun }的资料夹
check-year-folder = 记录放在年份资料夹中：`{ $folder }/YYYY/{ $prefix }-YYYY-NNNN.toml`
check-temp-file = 中断的写入留下的暂存档：请删除（记录本身完好）
check-not-record-name = `{ $name }` 不是记录档名：{ $noun }的档名如 { $prefix }-2026-0001.toml，所以此档不会被检查
staff-name-ambiguous = 不只一人名叫 { $name }：{ $who }；请用职员编号
actor-not-you = 你的 git user.email 属于 { $me }：你不能以 { $id } 的身份操作；在共用电脑上请取消 user.email 并使用 --as
actor-unknown = 谁在操作？请加 --as 职员编号，或设定 SVC_USER，或把 git user.email 设为 svc.toml 中的电邮
actor-email-unknown = 你的 git user.email <{ $email }> 不在 svc.toml 的职员名册中：请把它加为 `email`，或使用 --as 职员编号
init-ci-written = 已写出 { $path }：请把 SVC_SOURCE 变数设为你的中心安装 svc 的来源
init-exists = { $path } 已存在：这里已是记录库；没有任何改动
init-inside-repository = 警告：{ $dir } 位于 { $top } 的 git 记录库之内：每一步都会提交到那里。请在其外建立中心，或在 { $dir } 执行 `git init`，让它有自己的历史
init-created = 已在 { $dir } 建立记录库
repair-finished = 已完成被中断的步骤：{ $step }
repair-nothing = 没有被中断的步骤
repair-reminder-days = 已为 { $n } 次催办补上期限（各自的下一个工作日）
repair-removed = 已删除 { $n } 个中断写入留下的暂存档
sync-renumbered = { $old } 现为 { $new }（{ $why }）
sync-nothing-to-renumber = 没有两边都新增的记录：无须重新编号
sync-still-conflicting = 仍有冲突（两边都改了同一笔记录；请人工处理）：{ $names }
sync-updated = 已从 { $upstream } 更新
sync-up-to-date = 已与 { $upstream } 一致
schema-wrote = 已写出 { $path }
schema-stale = schema 与程式不一致：{ $files }；请执行 `svc schema { $dir }`
encoding-not-as = 此档不能无误地按 { $from } 读取
encoding-ambiguous = 此档按 GBK 和 Big5 都能读：请用 --from gbk 或 --from big5 指明
encoding-unknown = 此档既不是 UTF-8，也不是 GBK 或 Big5：请用编辑器开启并另存为 UTF-8
encoding-already = { $path }：已是 UTF-8，不作改动
encoding-converted-lines = { $path }：按 { $encoding } 读取；以下含中文的行现已转为 UTF-8：
encoding-converted = 已把 { $n } 个档案转为 UTF-8；请用 `svc check` 检查
sync-why-both = 两边都新增了它；保留我方的编号
sync-merge-ready = 合并已可提交：git commit --no-edit
sync-needs-git = svc sync 需要记录在有远端的 git 记录库中
sync-dirty = 有尚未提交的改动：
    { $changes }
    请先提交（或还原）；svc sync 只搬移已提交的步骤
sync-no-upstream = 此分支没有上游：请先推送一次 `git push -u origin main`
sync-unreachable = 无法连上共用记录库；没有任何遗失：你的步骤已在本机提交，稍后再执行 svc sync
sync-why-upstream = { $upstream } 已有此编号
sync-replayed = 已把 { $n } 个步骤提交重放到 { $upstream } 之上
sync-push-refused = 共用记录库拒绝了推送；没有任何遗失：你的步骤已在本机提交，请再执行 svc sync
sync-pushed = 已把 { $n } 个步骤提交推送到 { $upstream }
history-no-base = --base { $base }：本记录库没有这个提交
history-unreadable = 无法读取 git 历史
history-in-commit = { $message }（提交 { $commit }，作者 { $author }）
history-deleted = { $path } 被删除了；记录只能以后续步骤更正，不能删除
history-renamed = { $old } 被改名为 { $new }
history-backdated = { $who } 的步骤日期为 { $on }，比提交日 { $day } 早 { $late } 个工作日（至多 { $max } 个）
history-not-by-actor = 步骤写的是 { $who }，却由他人提交，且无其签署
history-needs-git = svc log 需要记录在 git 记录库中
history-no-commit = 没有任何提交含有 { $path }：{ $id } 已提交了吗？
history-added = { $key }：{ $who }，{ $day }

## 统计（svc stats）

stats-absent = 缺勤
stats-actions-done = 已完成措施
stats-actions-done-by-their-planned-date = 按计划日期完成的措施
stats-annual-leave-days = 年假天数
stats-by-cause-category = 按原因类别
stats-by-channel = 按渠道
stats-by-month = 按月
stats-by-room = 按室
stats-came-back-after = 前次投诉
stats-capas-closed = 结案纠正措施
stats-capas-opened = 开立纠正措施
stats-capas-opened-across = 新开措施报告
stats-capas-verified-effective-closed = 验证有效（关闭）
stats-cause-categories-pareto = 原因类别（柏拉图）
stats-cause-category = 原因类别
stats-change = 增减
stats-change-against-the-previous-year = 与上年比较
stats-channel = 渠道
stats-complaint = 投诉
stats-complaints = 投诉
stats-chart-complaints = 投诉件数
stats-complaints-by-month = 每月投诉趋势
stats-corrective-and-preventive-actions = 纠正和预防措施
stats-count = 件数
stats-cumulative-share = 累计占比
stats-chart-cumulative-share = 累计百分比
stats-date = 日期
stats-early = 早退
stats-fail = 不合格
stats-failed = 不合格
stats-figure = 项目
stats-first-time-effectiveness-rate = 一次验证有效率
stats-item = 项目
stats-late = 迟到
stats-leave-post-days = 离岗天数
stats-management-review-cc-4-8 = 管理评审（CC-4.8）
stats-measure = 指标
stats-median-working-days-from-complaint-to-closing = 投诉至结案工作日中位数
stats-month = 月份
stats-no = 否
stats-not-yet-triaged = 尚未判定
stats-outstanding = 未答复
stats-pareto-of-cause-categories = 原因类别柏拉图
stats-pass = 合格
stats-passed = 合格
stats-people = 人数
stats-personal-leave-days = 事假天数
stats-praise = 表扬
stats-praise-not-complaints = 表扬（不计入投诉）
stats-previous-year = 上年
stats-recurrence-after-an-effective-verification-same = 有效验证后再次发生（同原因、同室）
stats-recurrences = 再次发生
stats-recurrences-by-cause = 再次发生：按原因
stats-recurrences-by-room = 再次发生：按室
stats-reminders = 催办
stats-reminders-sent = 催办次数
stats-replies-outstanding = 未答复
stats-replies-to-customers-cc-4-7 = 答复客户（CC-4.7）
stats-replies-wanted = 要求答复
stats-reply-given = 已答复
stats-reply-wanted = 要求答复
stats-result = 结果
stats-reviewed-by = 评审人签名
stats-room = 室
stats-rooms = 各室
stats-section = 部分
stats-section-people = 个人
stats-share = 占比
stats-sick-leave-days = 病假天数
stats-staff = 人员
stats-still-open-at-the-end-of-the-period = 期末仍未关闭
stats-report = 报告
stats-report-item = 项目
stats-report-value = 内容
stats-report-centre = 中心
stats-report-year = 年度
stats-report-day = 报告日
stats-report-basis = 统计口径
stats-report-basis-text = { $year } 年收到的投诉，及截至 { $day } 已知的全部处理情况
stats-summary = 概况
stats-the-centre-s-responsibility = 本中心责任
stats-the-customer-s-responsibility = 客户责任
stats-this-year = 本年
stats-total = 合计
stats-value = 数值
stats-verifications-late = 逾期验证
stats-verifications-within-5-working-days-cc-4-5 = 5 个工作日内验证（CC-4.5）
stats-verified-late = 逾期验证
stats-vital-few = 关键少数
stats-working-days = 工作日
stats-yes = 是
stats-title-centres = { $year } 年客户投诉统计（{ $n } 个中心，CC-4.8）
stats-title-yearly = { $centre } { $year } 年客户投诉统计分析报告（CC-4.8），截至 { $day }
stats-title-monthly = { $centre } { $month } 考勤统计（ATT-5）
stats-closed-after-rounds = 经 { $n } 轮关闭
stats-footer = { $centre } · 统计期间 { $period } · 报告日 { $day }
help-aliases = 别名

## 日期、编号及其他

date-bad = `{ $text }` 不是日期；请写成 YYYY-MM-DD，例如 2026-03-02
date-no-month = `{ $text }` 不是日期：没有 { $month } 月（请写成 YYYY-MM-DD）
date-no-day = `{ $text }` 不是日期：{ $year } 年 { $month } 月没有 { $day } 日（该月只有 { $days } 日）
date-expecting = 日期，例如 2026-03-02
date-not-real = { $text } 不是真实存在的日期
date-with-time = 应为不带时间的日期，例如 2026-03-02，却是 { $text }
datetime-bad = `{ $text }` 不是日期时间；请写成 YYYY-MM-DD HH:MM，例如 "2026-03-02 13:30"
datetime-expecting = 本地日期时间，例如 2026-03-02T09:00:00
datetime-zone = 应为不带时区的本地日期时间，例如 2026-03-02T09:00:00，却是 { $text }
datetime-not-real = { $text } 不是真实存在的日期时间
month-bad = `{ $text }` 不是月份；请写成 YYYY-MM，例如 2026-03
id-malformed = `{ $text }` 不是记录编号；编号的格式如 CMP-2026-0001、CAPA-2026-0001 或 LV-2026-0001
stats-category-conflict = 原因类别 `{ $id }` 在 { $centre } 叫 `{ $name }`，在 { $other_centre } 却叫 `{ $other_name }`：合计之前请在各中心的 svc.toml 中用同一名称
sync-no-merge = svc renumber 用于进行中的合并（git merge 因冲突而停下）：目前没有
stats-workbook-needs-output = 活页簿不能输出到终端机：请加 --output 档案.xlsx
stats-workbook-failed = 无法建立活页簿
repo-cannot-render = 无法把记录写成 TOML
generate-not-empty = { $dir } 中已有一个中心：请指定空资料夹
generate-wrote = 已在 { $dir } 写出 { $years } 年共 { $n } 个记录档；用 `svc --repo { $dir } --date { $end } check` 检查
floor-read = { $n } 个档案，已解析 { $parsed } 个

## 投诉箱

noun-collection = 投诉箱收集记录
step-collect = 开启投诉箱收集
box-collected = { $id }：{ $day } 已开启投诉箱，收到 { $forms } 张意见单（CC-4.2）
box-next = 逐张登记收集到的表格
count-collections = 共 { $n } 次收集
form-collection = 投诉箱收集记录
column-collection = 收集
column-day = 日期
column-by = 经办人
column-forms = 张数
column-logged = 已登记
rule-box-not-working-day = { $day } 不是工作日：投诉箱在工作日开启
rule-box-twice = { $day } 已开启过投诉箱（{ $first }）：每天一次
rule-minutes-range = 迟到或早退 { $minutes } 分钟：至多 { $max } 分钟（一整天）；数目是否打错了？
rule-review-headline = 提交的记录写着 { $written } 宗投诉，但所提交的统计数字是 { $counted } 宗
rule-box-forms-range = 一天的投诉箱有 { $forms } 份：至多 10,000 份；数目是否打错了？
rule-box-more-forms = 登记为 { $day } 收集的投诉箱意见单有 { $logged } 张，但该次收集到 { $forms } 张
rule-box-not-box = `collected` 用于来自投诉箱的意见单；这张是经{ $channel }收到的
rule-box-untraced = { $id } 来自投诉箱，却没有写明开箱日期：请加 `collected = YYYY-MM-DD`（`--collected`）
rule-box-no-collection = { $day } 没有投诉箱收集记录：请于当天执行 `svc box collect`，或更正日期
rule-box-after = 收集日期 { $day } 晚于登记意见单的日期（{ $received }）
rule-box-missed-many = 有 { $n } 个工作日（{ $first } 至 { $last }）投诉箱没有开启（逐日用 `svc box collect --date 日期`）
rule-box-missed = { $day } 是工作日，投诉箱却没有开启（`svc box collect --date { $day }`）
todo-collect-box = 开启投诉箱并记录张数

## 巡查（SC-4.1）

noun-inspection = 巡查记录
inspection-good = 表现良好
inspection-breach = 违规
inspection-recorded = { $id }：{ $who }，{ $rule }：{ $seen }（SC-4.1）；可作为 { $grounds } 的证据
count-inspections = 共 { $n } 次巡查
form-inspection = 岗位巡查记录
suggest-inspection = { $day } 巡查：{ $rule }，{ $seen }
column-inspection = 巡查
column-seen = 所见
column-grounds = 条件
rule-inspection-by = { $who }（{ $role }）不得记录对 { $staff } 的巡查：由协调办或其室负责人记录，本人不得自记
rule-inspection-director = { $who } 是{ $role }：主任们不在岗位上受巡查
rule-inspection-not-working-day = { $day } 不是工作日：无人在岗
rule-inspection-note-empty = 说明空白：请写下所见
value-conduct-rule-dress = 着装
value-conduct-rule-language = 文明用语
value-conduct-rule-post = 在岗
value-conduct-rule-integrity = 廉洁
value-conduct-rule-tidiness = 整洁
value-conduct-rule-smoking = 禁烟
value-conduct-rule-other = 其他

## 管理评审（CC-4.8）

noun-review = 管理评审提交记录
review-submitted = { $id }：{ $year } 年截至 { $day } 的统计（投诉 { $n } 件，摘要 { $digest }）已提交管理评审（CC-4.8）
rule-review-by = { $who } 是{ $role }：统计由协调办负责人提交管理评审
rule-review-twice = { $year } 年的统计已提交过（{ $first }）：重新提交须取代最近一次（`supersedes = "{ $first }"`，由 `svc stats yearly --submit --reason 原因` 写入）
rule-review-early = { $id } 在 { $day } 提交 { $year } 年的统计，当年尚未结束：一年的统计在 { $next }-01-01 或之后、全年完整时提交；请移除此档（`git rm`），于一月重新提交
rule-review-supersedes-none = 它取代 { $named }，但它是 { $year } 年的第一次提交：请删除 `supersedes`
rule-review-reason = 重新提交须写明原因（`reason`，即 --reason）；它取代 { $first }
when-previous-submission = 被取代的提交
when-submission = 这次提交
rule-review-figures = 按 { $day } 的记录，{ $year } 年的数字已与提交时不同：提交之前的记录在提交后被新增或修改；请复核，必要时重新提交
rule-review-missing = { $year } 年的统计应在 { $due } 前提交管理评审，但没有提交记录（`svc stats yearly --year { $year } --submit`）

## 通报批评与撤离通知（RP-2、RP-3）

step-circulate = 通报批评
when-circulation = 通报
column-circulated = 通报
conduct-only-circulated = { $id } 是{ $kind }，{ $status }：只有已决定的通报批评才通报
conduct-already-circulated = { $id } 已于 { $day } 通报
conduct-circulated = { $id }：对 { $who } 的批评已通报（RP-2）
conduct-next-circulate = 由协调办通报（RP-2）
rule-removal-not-notified = 已决定的撤离尚未通知派驻单位：`svc conduct notify { $id }`
rule-not-circulated = 已决定的通报批评尚未通报：`svc conduct circulate { $id }`

## 培训与持证上岗（SC-3.2）

noun-training = 培训记录
noun-qualification = 持证上岗记录
training-recorded = { $id }：{ $who } 参加了“{ $course }”，{ $hours } 小时（SC-3.2）
qualification-recorded = { $id }：{ $who } 自 { $day } 起可上岗服务（证书 { $certificate }，SC-3.2）
training-course = 培训
training-qualified = 持证上岗
count-training = 共 { $n } 项
column-what = 项目
rule-training-by = { $who } 是{ $role }：培训与持证上岗由协调办记录
rule-training-course-empty = 课程空白：请写明课程名称
rule-training-hours = { $hours } 小时：培训总要花些时间，且至多 2,000 小时（一年的工作时间）
rule-qualification-certificate = 证书编号空白
rule-qualification-untrained = { $day } 或之前没有 { $who } 的培训记录：请先记录培训（`svc training record`）

## 公文登记（RP-2 P3）

noun-document = 登记公文
doc-received = { $id }：“{ $title }”已登记，存于 { $kept }
doc-now = { $id }：{ $state }
doc-state-kept = 存于 { $kept }
doc-state-out = 自 { $day } 起在 { $who } 处
doc-state-unsigned = 自 { $day } 起在 { $who } 处，未签收
doc-state-closed = 已于 { $day } 归档
doc-state-lost = { $day } { $harm }，当时由 { $who } 保管
doc-closed-already = { $id } 已于 { $day } 归档：不再有任何步骤
doc-lost-already = { $id } 已于 { $day } 记录为遗失或损坏：不再有任何步骤
doc-still-out = { $id } 仍在 { $who } 处（自 { $day } 起）：须先归还（`svc doc return`）
doc-nothing-to-sign = { $id } 没有待签收的移交
doc-sign-by-receiver = 只有接收 { $id } 的 { $who } 才能签收
doc-not-out = { $id } 不在任何人手上
doc-signed-on = { $day } 签收
doc-not-signed = 未签收
doc-returned-on = ，{ $day } 归还
form-document = 公文登记
count-documents = 共 { $n } 份公文
column-document = 公文
column-title = 标题
column-state = 状况
column-number = 文号
column-kept = 存放
column-hand-over = 移交
suggest-doc-loss = { $day } { $harm }：{ $title }
when-doc-previous = 上一步
when-doc-hand-over = 移交
when-doc-signed = 签收
when-doc-returned = 归还
when-doc-closed = 归档
when-doc-received = 收文日期
when-doc-loss = 遗失或损坏
rule-doc-empty = `{ $key }` 空白：登记的公文须写明是什么、谁发来、存放何处
rule-doc-handed-twice = { $id } 在前一位保管人归还之前又被移交（第 { $n } 次移交）
rule-doc-unsigned = { $id } 于 { $day } 移交给 { $who }，一直未签收：请登记签收（`svc doc sign { $id }`）
rule-doc-closed-while-out = { $id } 在仍被借出、或记录遗失之后归档
rule-doc-loss-note = 遗失记录没有说明：请写下发生了什么
value-harm-lost = 遗失
value-harm-damaged = 损坏

## 室与岗位（SC-3.1）

count-rooms = 共 { $n } 个室
room-no-posts = svc.toml 未列出岗位（SC-3.1）
column-functions = 职能
column-posts = 岗位数
column-people = 人数
column-post = 岗位
rule-room-no-posts = { $room } 室没有列出岗位及其职责（svc.toml 的 `[[rooms.posts]]`）
rule-post-empty = { $room } 室的第 { $n } 个岗位须有名称及至少一项职责

## 与客户面谈（CC-4.1、CC-4.3）

meeting-stage = { $stage ->
        [explanation] 当面向客户解释
       *[analysis] 为分析原因与客户面谈
    }
complaint-met = { $id }：{ $stage }
column-meeting = 面谈
when-meeting = 面谈
rule-meeting-stage = { $id } 的责任判定与此次面谈（{ $stage }）不符：解释用于客户责任，面谈分析用于本中心责任
rule-meeting-by = { $who } 不得就 { $id } 进行此次面谈（{ $stage }）：解释由受理的室或协调办进行，分析面谈由协调办进行
rule-meeting-said = 面谈没有记录内容：请写下谈了什么
todo-removal-notice = 通知派驻单位撤离决定
todo-circulate = 通报批评
todo-sign-document = 签收“{ $title }”
todo-submit-review = 把 { $year } 年的统计提交管理评审
init-next = 下一步：编辑 svc.toml（室、职员、假日），然后 `git init` 并提交；`svc check` 会检查它
io-cannot-create = 无法建立 { $path }
io-cannot-write = 无法写入 { $path }
io-cannot-read = 无法读取 { $path }
io-cannot-list = 无法列出 { $path }
io-cannot-edit = 无法编辑档案：{ $error }
io-write-failed = 无法写入 { $path }：{ $error }
sync-local-file = 本地提交中的一个档案
column-sender = 发文单位
column-conduct-rule = 行为规范

## The step transaction (src/ops/step.rs)
step-git-busy = { $step }：另一个 git 指令（程序 { $pid }）正占用 { $lock }：未写入任何内容；请等它结束后再执行这个步骤
step-git-lock-left = { $step }：git 留下了 { $lock }，而目前没有 git 指令在执行：请用 `rm { $lock }` 删除它，再执行这个步骤；未写入任何内容
step-conflict = { $step }：在这个步骤执行期间的提交 { $commit } 改动了 { $path }：未写入任何内容；请依新的纪录再执行这个步骤
step-failed = { $step } 未记录（{ $error }）：未写入任何内容；问题解决后请再执行这个步骤
step-index-not-updated = { $step } 已提交为 { $commit }，但 git 的索引未能更新（{ $error }）：在任何 `git commit` 之前请先执行 `svc repair`
step-unfinished = { $step } 尚未完成（{ $error }）：下一个 svc 指令（例如 `svc repair`）会完成它
step-head-keeps-moving = 步骤执行期间 HEAD 一再移动
repair-git-lock-removed = 已删除被中断的步骤留下的 { $lock }
check-staged-reversion = git 的索引中 { $path } 与 HEAD 不同，而档案本身与提交的相同：下一次 `git commit` 会复原或删除一个步骤；`svc repair` 会修正索引（或用 `git restore --staged -- { $path }`）
check-uncommitted = { $path } 目前的内容尚未提交：用 `git add -- { $path }` 再 `git commit` 提交，或用 `git restore --staged --worktree -- { $path }` 撤销修改
repair-index-restored = git 的索引中 { $path } 已恢复为与 HEAD 相同
history-base-not-ancestor = --base { $base } 不是 HEAD 的祖先：其下的历史已被改写（amend、rebase、强制推送）；请对分支真正的起点检查
history-added-twice = { $id } 由两条工作线上的两个提交新增（{ $commits }）：一个编号下有两份记录，合并只会保留其中一个档案；合并时用 `svc renumber` 给其中一份新的编号
history-dated-before-parent = 提交 { $commit } 的日期早于其父提交：手动设定的日期不能让步骤看似准时记录
history-config-not-by-admin = svc.toml 的 { $sections } 由 { $author } 更改，此人既非协调办主任，也不在 `[git] config_admins` 之列（依更改前的 svc.toml）
history-unparseable = 这个版本的记录（提交 { $commit }）无法解析：其步骤无法与下一版比对；每个提交都必须保存有效的记录
key-not-admin = { $who } 不可更改 svc.toml 的人员：签署金钥由协调办主任（或 `[git] config_admins` 所列的人）新增
key-not-a-key = { $path } 没有 SSH 公开金钥（形如 `ssh-ed25519 AAAA… 姓名` 的一行）
key-not-in-config = { $id } 不在 svc.toml 的 [[staff]] 中
key-added = { $who } 的签署金钥已写入 svc.toml（{ $key }）；此人在这台电脑上的步骤今后以它签署
key-exists = { $path } 已存在：每人在这台电脑上只有一把金钥
key-no-ssh-keygen = 建立金钥需要 ssh-keygen（OpenSSH）
key-not-created = ssh-keygen 未建立金钥；未写入任何内容
history-not-signed = { $who } 的步骤所在的提交未以其金钥签署（`svc key add`）：未签署的提交只证明它自称的电邮
policy-out-of-range = `[policy] { $key } = { $value }` 超出中心可能采用的范围（{ $min } 至 { $max }）：请在 svc.toml 中改正
journal-not-a-file = { $journal } 不是一般档案（FIFO、装置或连结）：svc 不会读取它；请删除后再执行这个步骤
check-special-file = 不是一般档案（以记录命名的 FIFO、socket 或装置）：svc 不会开启它；请删除
repo-directory-broken = svc.toml 重复列出了人员或项目（{ $problems }）：修正之前任何步骤都不会执行，以免以错误的人员身份操作或提交；`svc check` 会指出位置
date-out-of-range = `{ $text }` 超出 svc 保存的年份（1900 至 2200）：年份是否打错了？

# The steps as `svc log` names them (each kind's recorded steps).
act-logged-by = 登记
act-triage-by = 责任判定
act-analysis-by = 原因分析
act-closing-by = 结案
act-meetings-by = 第 { $n } 次客户面谈
act-opened-by = 开立
act-rounds-actions-added-by = 第 { $n } 轮第 { $m } 项措施新增
act-rounds-actions-done-by = 第 { $n } 轮第 { $m } 项措施完成
act-rounds-completed-by = 第 { $n } 轮回报完成
act-rounds-verification-by = 第 { $n } 轮验证
act-reminders-by = 第 { $n } 次催办
act-requested-by = 申请
act-steps-by = 第 { $n } 步审批
act-cancelled-by = 撤销
act-received-by = 收文
act-hand-overs-by = 第 { $n } 次移交
act-closed-by = 归档
act-loss-by = 报失
act-recorded-by = 记录
act-by = 记录
act-proposed-by = 提议
act-decision-by = 决定
act-notified-by = 通知
act-circulated-by = 通报

# Questions past intake (issue 19).
ask-no = 否
ask-who-are-you = 你是谁？
ask-customer = 客户姓名（可留空）
ask-contact = 联络方式（可留空）
ask-wants-reply = 客户要求答复吗？（是/否）
ask-track-what = 要记录什么
ask-add-action = 新增一项措施
ask-mark-done = 第 { $n } 项措施已完成：{ $text }（期限 { $due }）
ask-action = 措施内容
ask-action-kind = 措施类别
ask-action-due = 计划完成日期（YYYY-MM-DD）
ask-verdict = 措施有效吗？
ask-verify-note = 验证了什么、结果如何
capa-action-number-shown = 第 { $n } 项措施
capa-round-complete-shown = 本轮回报完成
ask-reject-reason = 不予批准的理由
ask-conduct-which = 记录显示
ask-conduct-other = 其他人员或其他条件
ask-conduct-staff = 对象
ask-conduct-ground = 依据条件
ask-conduct-kind = 奖惩种类
ask-conduct-note = 事实经过
ask-decision = 决定
ask-decision-note = 决定的说明（可留空）

next-analyse = 协调办查明原因、指定责任人（CC-4.3）

next-close = 协调办在投诉单上写上处理结果并结案（CC-4.7）

next-new-actions = 责任人新增本轮的措施（CC-4.6）

next-step = 下一步：{ $what }
ask-forms = 投诉箱内有几张表格
menu-hello = { $who }，{ $day }。用 ↑↓ 选择，按 Enter 键确定，按 Esc 键离开。
menu-prompt = 要做什么？
menu-todo = 待办：
menu-nothing-waiting = 目前没有你的待办。
menu-new-complaint = 登记新投诉或表扬（CC-4.2）
menu-leave = 请假（ATT-2）
menu-conduct = 提出奖惩（RP-1 至 RP-3）
menu-queries = 查询
menu-quit = 离开
menu-query-todo = 我的待办
menu-query-complaints = 本年投诉一览
menu-query-capa = 本年纠正预防措施一览
menu-query-leave = 我的假条
menu-query-conduct = 本年奖惩一览
menu-query-stats = 本年统计
menu-back = 返回
ask-about = 客户投诉的是谁？
ask-about-nobody = 未指名或不涉及个人
ask-evidence = 依据的记录（编号，以空格分隔；可留空）
column-done = 完成
column-action = 措施
column-completed = 完成
form-customer = { $who }（{ $reply }）
check-folder-in-year = records/{ $folder }/ 的年度资料夹里有一个资料夹：年度资料夹只放记录档案，这个资料夹不会被读取；请把它移走
