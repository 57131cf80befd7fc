# Generated from the Traditional catalogue by zhconv: do not edit by hand.
# 命令与选项的说明（繁体中文）。英文原文在程式的文件注解中；id 由命令路径而来
# （cmd-complaint-new、arg-complaint-new-room），各处意思相同的选项共用一个 id（arg-repo）。
# 有测试检查每条说明都已翻译，且这里没有多余的 id。

## 命令

cmd-svc = 服务中心程序：每笔记录一个 TOML 档案，存于 git
cmd-help = 显示本说明或指定命令的说明
cmd-init = 建立记录库：附范例的 svc.toml、记录资料夹、schema
cmd-complaint = 客户投诉/意见单与客户投诉一览表（CC-4.1 至 CC-4.7）
cmd-complaint-new = 填写新的投诉单（CC-4.1、CC-4.2）；标准输出只印出其编号
cmd-complaint-triage = 判定责任属谁（CC-4.1）
cmd-complaint-analyse = 协调办：登记原因、指定责任人、开立纠正预防措施（CC-4.3）；印出措施编号
cmd-complaint-close = 协调办：把经验证的处理结果写在投诉单上并结案（CC-4.7）
cmd-complaint-list = 客户投诉一览表（CC-6）
cmd-complaint-show = 整张投诉单及其纠正预防措施
cmd-capa = 纠正和预防措施跟踪报告：措施、完成、验证、催办（CC-4.3 至 CC-4.6）
cmd-capa-track = 新增一项措施及其计划完成日期，或标记某项已完成（CC-4.4）
cmd-capa-complete = 责任人报告本轮措施已完成（CC-4.4）
cmd-capa-verify = 协调办：在工作日期限内验证效果（CC-4.5、CC-4.6）
cmd-capa-remind = 协调办：对逾期的纠正预防措施记录一次催办（RP-2 P4、RP-3 R4）
cmd-capa-list = 全部纠正预防措施跟踪报告，及各自在等什么
cmd-capa-show = 整份跟踪报告
cmd-leave = 按职务与天数分流审批的请假条（ATT-2 至 ATT-4）
cmd-leave-request = 请假；印出假条编号，并在标准错误输出列出工作日数与审批流程
cmd-leave-approve = 批准假条的下一步（或以 --reference 记录派驻单位的审批）
cmd-leave-reject = 在下一步不予批准假条
cmd-leave-file = 把已批准的假条交协调办备案
cmd-leave-cancel = 在休假开始前撤销假条
cmd-leave-list = 请假条一览，可筛选
cmd-leave-show = 一张假条及其审批流程：已办与待办的步骤
cmd-attendance = 考勤：迟到早退缺勤、各室月度考勤表及其报送（ATT-1、ATT-5）
cmd-attendance-incident = 记录一次迟到、早退或缺勤（ATT-1）；印出其编号
cmd-attendance-month = 月度考勤表，每人一行（ATT-5）
cmd-attendance-dispatch = 记录某室的月度考勤表已报送（ATT-5）；印出其编号
cmd-conduct = 奖惩：提议、决定、建议名单（RP-1 至 RP-3）
cmd-conduct-propose = 协调办：按所列条件提议一项表扬或处分；印出其编号
cmd-conduct-decide = 有权决定者批准或否决（RP-1、RP-3：常务副主任；RP-2：副主任）
cmd-conduct-notify = 记录致当事人派驻单位的函件：书面表扬（RP-1）或撤离（RP-3）
cmd-conduct-list = 提议与决定一览，可筛选
cmd-conduct-show = 一项提议及其证据与决定
cmd-conduct-history = 某人历年的奖惩
cmd-conduct-suggest = 记录已显示符合某条件的人员及证据；不作任何决定
cmd-stats = 统计：年度投诉统计报告（CC-4.8）、月度考勤（ATT-5）
cmd-stats-yearly = CC-4.8 的客户投诉统计分析报告，取自投诉一览表
cmd-stats-monthly = 某月各室考勤统计（ATT-5）
cmd-completions = 印出某种 shell 的 Tab 补全脚本（bash、zsh、fish、powershell、elvish）
cmd-man = 印出手册页（roff）
cmd-fix-encoding = 把存成 GBK 或 Big5 的记录档转为 UTF-8，并列出改动的行
cmd-todo = 截至当日等你处理的事（加 --all 则为所有人的）
cmd-check = 按程序检查 svc.toml 与每笔记录；CI 执行的就是它
cmd-schema = 写出或核对 svc.toml 与各类记录的 JSON Schema
cmd-repair = 完成被中断的步骤，并清除中断写入留下的暂存档
cmd-key = 人员的签署金钥：共用电脑上的步骤以每人自己的金钥签署（GIT-4）
cmd-key-add = 建立（或登记）某人的 SSH 签署金钥：私钥留在这台电脑的 .svc/keys/ 下，公钥写入 svc.toml；由协调办主任执行（GIT-6）
cmd-log = 一笔记录在 git 中的历史：每次提交、作者、新增的步骤
cmd-sync = 共享记录：取回、重放本地步骤（已被占用的编号重新编号）、推送
cmd-renumber = 两边都新增了记录的 git 合并之后：保留我方，为对方重新编号
cmd-generate = 生成一个逼真的中心（基准测试、测试用）
cmd-floor = 只走访、读取并解析每个记录档：基准测试的下限

## 全域选项

arg-help = 显示说明
arg-version = 显示版本
arg-repo = 记录库（含 svc.toml 的资料夹）；预设：从目前资料夹向上寻找
arg-actor = 谁在操作：svc.toml 中的职员编号；预设：$SVC_USER，其次是你的 git user.email
arg-date = 步骤发生的日期；预设：$SVC_TODAY，其次是今天
arg-no_commit = 写入档案但不提交（在 git 工作目录中每个步骤都由操作者提交一次；svc.toml 的 `[git] commit = false` 可长期关闭）
arg-lang = 讯息与说明的语言：zh-Hant（繁体，预设）、zh-Hans（简体）或 en；预设取 svc.toml 的 `[centre] lang`，其次是系统语言（LANG）

## 共用选项

arg-list_format = table（给人看）、csv（给试算表）或 json（给程式）
arg-show_format = `table`（逐行列出记录）或 `json`
arg-stats_format = table、csv、json、html（可打印的网页）或 xlsx（Excel 与 LibreOffice 活页簿：每表一个工作表，数字即数字，柏拉图为原生图表；须配合 --output）
arg-no_bom = CSV 不加 UTF-8 字节顺序标记（给程式而非试算表用）
arg-output = 写到这个档案，而非标准输出
arg-all = 所有人的，而不只是你的（协调办的视角）
arg-attendance-dispatch-month = YYYY-MM
arg-attendance-month-month = YYYY-MM
arg-stats-monthly-month = YYYY-MM

## 投诉

arg-summary = 客户说了什么；在终端机上未填时会询问
arg-channel = 投诉的渠道；在终端机上未填时会询问
arg-complaint-new-room = 投诉涉及的室（编号或名称）；在终端机上会询问
arg-complaint-new-customer = 客户姓名（只留在投诉单上，不入统计）
arg-contact = 联络客户的方式
arg-remedy = 客户要求的处理
arg-received = 收到的日期；预设：步骤的日期（--date）
arg-wants_reply = 客户希望处理后得到答复（CC-4.7）
arg-praise = 这张单是对这位职员的表扬，不是投诉（RP-1 C1）
arg-ours = 属本中心责任：交协调办分析
arg-complaint-triage-customer = 属客户自身责任：已向客户解释，投诉就此结束
arg-complaint-triage-note = 向客户所作的解释（与 --customer 同用时必填）
arg-cause_category = svc.toml 的 `[complaints]` 中所列的原因类别，填编号或名称；在终端机上会询问
arg-cause = 分析查明的原因；在终端机上会询问
arg-complaint-analyse-responsible = 将负责纠正预防措施的人（编号或姓名）；在终端机上会询问
arg-interview = 与客户面谈的记录
arg-result = 写在投诉单上的结果：经验证的改正，或所作的解释；在终端机上会询问
arg-reply_via = 答复客户的方式（客户要求答复时必填）
arg-reply = 答复客户的内容
arg-replied_on = 答复的日期；预设：步骤的日期（--date）
arg-complaint-list-mine = 只列你的：你填写的，或由你负责的
arg-complaint-list-responsible = 只列由这位职员负责的投诉
arg-complaint-list-year = 只列这一年收到的投诉

## 纠正和预防措施

arg-action = 要新增的措施
arg-done = 标记本轮第 N 项措施已完成
arg-effective = 措施有效：纠正预防措施关闭
arg-not_effective = 措施无效：须展开新一轮措施（CC-4.6）
arg-capa-verify-note = 查核了什么、发现了什么
arg-capa-list-mine = 只列你的：由你负责的
arg-capa-list-responsible = 只列由这位职员负责的纠正预防措施
arg-capa-list-year = 只列这一年开立的纠正预防措施
arg-overdue = 只列当日（--date）逾期的：措施过了计划日期，或验证过了期限

## 请假与考勤

arg-leave-request-staff = 请假人的职员编号；在终端机上会询问（预设是你）
arg-leave-request-kind = 在终端机上未填时会询问
arg-leave-request-from = 开始离开的时间：日期（如 2026-03-03，自当日上班起）、"2026-03-03 上午"、"2026-03-03 下午" 或 "2026-03-03 14:00"
arg-leave-request-to = 最后离开的时间：日期（至当日下班）、"2026-03-03 上午"、"2026-03-03 下午" 或 "2026-03-03 14:00"
arg-retroactive = 休假开始后才补填的假条（补假，ATT-3）
arg-leave-approve-reference = 派驻单位的文号，记录其审批时使用（ATT-2、ATT-4）
arg-leave-list-mine = 只列你自己的假条
arg-leave-list-month = 只列在这个月有离开时间的假条（YYYY-MM）
arg-attendance-incident-on = 发生的工作日；预设：步骤的日期（--date）
arg-minutes = 迟到或早退的分钟数
arg-correction = 月度考勤表报送后才记录的原因（ATT-5）

## 奖惩

arg-evidence = 所依据的记录（CMP-…、CAPA-…、INC-…、RP-…）或月度考勤表（SHEET-2026-03）
arg-unit = 致函的派驻单位；预设：svc.toml 中当事人的单位
arg-conduct-list-year = 这一年提议的
arg-conduct-suggest-year = 要看的年份；预设：当日（--date）所在的年份

## 统计

arg-stats-yearly-year = 预设：当日（--date）所在的年份
arg-centres = 一并统计的其他中心的记录库（每中心一栏，另加合计）；不填则只统计本中心

## 检查与其他

arg-check-files = 只报告这些档案（仍读取整个记录库，跨记录的规则照常成立）：pre-commit 挂钩传入的就是它们
arg-format = human（`档案:行:列: 严重性[条款]: 讯息 (规则)`，每行一条）、json、github（在改动的行上标注）或 gitlab（程式码品质报告）
arg-allow = 接受这条规则的发现（可重复）：不显示也不计数，用于已知且有意如此的记录库（如示范资料中逾期的措施）
arg-deny_warnings = 有警告也失败（退出码 1）
arg-base = 同时对 REV..HEAD 的每次提交套用历史规则（GIT-1 至 GIT-4）：CI 在合并请求或推送时执行的就是它
arg-require_signatures = 与 --base 同用：每个步骤还须以 svc.toml 中其操作者的金钥签署（`svc key add`），合并者的提交则以 svc.toml 所列的金钥签署（GIT-4）
arg-verify_authors = 与 --base 同用：每个步骤都须由其操作者提交，或由 svc.toml 的允许签署者档案为其列出的金钥签署（GIT-4）
arg-list_rules = 列出每条规则（名称、条款、严重性、是否取决于日期、要求什么），而不作检查
arg-procedures = 以 Markdown 印出程序及各条款下的规则（`docs/procedures.md` 就是这个输出）
arg-ci = 另写一份执行 `svc check --base` 并加注标记的 CI 设定：github（`.github/workflows/svc-check.yml`）或 gitlab（`.gitlab-ci.yml`）；在已有的记录库中只写这一份
arg-init-dir = 建立在哪里；预设：目前资料夹
arg-shell = bash、zsh、fish、powershell 或 elvish
arg-fix-encoding-files = 要转换的档案
arg-fix-encoding-from = 档案存档时的编码（两种读法都可能时使用）：gbk（简体：GB 2312 / GBK / GB 18030）或 big5（繁体）
arg-check = 只作比较：有与本 svc 生成结果不同的档案时退出码 1 并列出
arg-schema-dir = schema 所在的资料夹
arg-log-id = 记录编号：CMP-…、CAPA-…、LV-…、INC-…、DSP-… 或 RP-…
arg-no_push = 重放并重新编号，但不推送
arg-generate-dir = 放置这个中心的空（或新）资料夹
arg-records = 大约要写多少个记录档（各类都有）
arg-floor-dir = 要读取的记录库

## 范例中的注解

example-complaint-new-1 = 在终端机上：询问渠道、室与内容
example-complaint-triage-1 = 在终端机上：询问责任属谁
example-complaint-close-1 = 在终端机上：询问处理结果，如客户要求则一并询问答复
example-capa-verify-1 = 开立第 2 轮
example-leave-request-1 = 在终端机上：询问假别、日期与事由（请假人：你）
example-leave-approve-1 = 派驻单位的审批

## 投诉箱

cmd-box = 投诉箱：协调办每个工作日的收集（CC-4.2）
cmd-box-collect = 协调办：记录今天开启投诉箱的收集（CC-4.2）；印出其编号
cmd-box-list = 各次收集，按日期，及各次登记的投诉箱意见单
cmd-box-show = 一次收集
arg-forms = 箱内有几张意见单
arg-box-list-month = 只列这个月的收集（YYYY-MM）
arg-collected = 来自投诉箱的意见单：开箱收集的日期（CC-4.2）；预设：收到当天或之前最近一次有记录的收集

## 巡查

cmd-inspection = 岗位巡查：表现良好与违规，奖惩的证据（SC-4.1）
cmd-inspection-record = 记录巡查时在某人岗位上所见（SC-4.1）；印出其编号
cmd-inspection-list = 巡查记录一览，可筛选
cmd-inspection-show = 一次巡查
arg-good = 表现良好（可作书面表扬 C2/C3 的证据），而非违规
arg-inspection-record-note = 所见的情况
arg-inspection-record-on = 巡查的工作日；预设：步骤的日期（--date）
arg-inspection-list-year = 只列这一年的巡查
arg-submit = 协调办负责人：记录截至当日（--date）的这些数字已提交管理评审（CC-4.8）；印出提交记录的编号
cmd-conduct-circulate = 协调办：记录已决定的通报批评已经通报（RP-2）
arg-conduct-circulate-note = 通报的方式：公告栏、全体会议、通报文件

## 培训与持证上岗

cmd-training = 培训：人员参加过的课程（SC-3.2）
cmd-training-record = 协调办：记录某人参加的课程（SC-3.2）；印出其编号
cmd-training-list = 培训与持证上岗记录，某人的或全部
cmd-qualify = 协调办：确认窗口人员持证上岗（SC-3.2）；印出其编号
arg-hours = 参加的时数
arg-certificate = 证书编号
arg-training-record-on = 课程日期（多天课程取最后一天）；预设：步骤的日期（--date）
arg-qualify-on = 自哪一天起可上岗服务；预设：步骤的日期（--date）

## 公文登记

cmd-doc = 公文登记：收文、移交、签收、保管（RP-2 P3）
cmd-doc-receive = 登记收到的公文（由你签收）；印出其编号
cmd-doc-hand-over = 把公文移交给某人（须已从上一位保管人处归还）
cmd-doc-sign = 接收人签收移交给他的公文
cmd-doc-return = 公文已归还原存放处
cmd-doc-close = 公文办结归档
cmd-doc-loss = 记录公文遗失或损坏，及当时由谁保管（RP-2 P3）
cmd-doc-list = 公文登记簿
cmd-doc-show = 一份公文及其移交记录
arg-doc-receive-from = 发文单位
arg-number = 发文单位的文号
arg-kept = 存放处
arg-doc-loss-responsible = 当时由谁保管

## 室

cmd-room = 室：职能、岗位及其职责、人员（SC-3.1）
cmd-room-list = 各室，及其职能、岗位数与人数
cmd-room-show = 一个室：职能、每个岗位及其职责、人员（SC-3.1）
arg-room-show-room = 室（编号或名称）
cmd-complaint-meet = 记录与客户的面谈：经办人当面解释（CC-4.1），或协调办为分析原因与客户面谈（CC-4.3）
arg-said = 谈了什么
arg-key-add-staff = 此人的职员编号
arg-public = 登记这个现有的公开金钥，而不在这里建立金钥
arg-no_passphrase = 建立不设密码的金钥（供自动化与测试；共用电脑上个人的金钥应设密码）
arg-capa-remind-due = 须完成的期限；预设：下一个工作日。到期仍未完成即属 P4（第二次催办后属 R4）
arg-capa-track-due = 计划完成日期
arg-stats-yearly-reason = 与 --submit 并用，该年已提交过时：重新提交的原因（数字有变）。新提交取代最近一次，旧的保留
arg-reminder_days = 同时为此解读之前写下、未定期限的每次催办（RP-2 P4、RP-3 R4）补上预设期限，即催办后的下一个工作日：一次提交，只改动相关的行
arg-about_nobody = 协调办认定没有被投诉人（原因是物或规定）
arg-complaint-analyse-about = 协调办认定的被投诉人（编号或姓名；多人可重复）；预设：确认表上所写。责任人负责改正，并不因此成为被投诉人（RP-2 P1）
arg-complaint-new-about = 客户投诉的工作人员（被投诉人；编号或姓名；多人可重复）。不知道、或原因是物时不填
arg-complaint-triage-about = 客户投诉的工作人员（编号或姓名；多人可重复）：写明或更正表上所写
cmd-staff = 职员名册：编号、姓名、所属室与角色（凡要填编号之处都可改填姓名）
cmd-staff-list = svc.toml 中的所有人：编号、姓名、所属室与角色（凡要填编号之处都可改填姓名）
cmd-whoami = svc 认为你是谁（依 --as、SVC_USER 或你的 git user.email）
arg-staff-list-room = 只列这个室的人（编号或名称）
arg-command = 要印出哪个命令的说明页（`svc man complaint new`）；预设：svc 本身
arg-man-dir = 改为把所有说明页（svc.1、svc-complaint.1、svc-complaint-new.1……）写到 DIR
arg-conduct-propose-note = 事实经过，以提议人的话写；在终端机上会询问
arg-conduct-propose-staff = 对象（编号或姓名）；在终端机上从记录显示的人员或职员名册中选择
arg-leave-reject-reason = 不予批准的理由；在终端机上会询问
arg-approve = 批准这项提议
arg-attendance-dispatch-note = 报送方式
arg-attendance-dispatch-room = 报送考勤表的室（编号或名称）
arg-attendance-dispatch-to = 报送派驻单位或协调办
arg-attendance-incident-kind = 迟到、早退或缺勤
arg-attendance-incident-note = 经过
arg-attendance-incident-staff = 对象（编号或姓名）
arg-attendance-month-room = 只列这个室（编号或名称）；预设：每个室
arg-box-collect-note = 投诉箱的备注
arg-capa-complete-id = 纠正预防措施跟踪表编号（CAPA-…）
arg-capa-list-status = 只列这个状态的纠正预防措施
arg-capa-remind-id = 纠正预防措施跟踪表编号（CAPA-…）
arg-capa-remind-note = 如何催办（电话、便条）
arg-capa-track-id = 纠正预防措施跟踪表编号（CAPA-…）
arg-capa-track-kind = 纠正（消除这次投诉的原因）或预防（防止再次发生）
arg-capa-verify-id = 纠正预防措施跟踪表编号（CAPA-…）
arg-complaint-analyse-id = 投诉单编号（CMP-…）
arg-complaint-close-id = 投诉单编号（CMP-…）
arg-complaint-list-room = 只列有关这个室的投诉单（编号或名称）
arg-complaint-list-status = 只列这个状态的投诉单
arg-complaint-meet-id = 投诉单编号（CMP-…）
arg-complaint-triage-id = 投诉单编号（CMP-…）
arg-conduct-circulate-id = 奖惩提议编号（RP-…）
arg-conduct-decide-id = 奖惩提议编号（RP-…）
arg-conduct-decide-note = 决定的说明
arg-conduct-history-staff = 谁的奖惩记录（编号或姓名）
arg-conduct-list-kind = 只列这种奖惩
arg-conduct-list-staff = 只列这个人的（编号或姓名）
arg-conduct-list-status = 只列这个状态的提议
arg-conduct-notify-id = 奖惩提议编号（RP-…）
arg-conduct-propose-kind = 表扬或处分的种类；须为该条件所允许的
arg-conduct-suggest-month = 只看这个月（YYYY-MM）；预设：全年
arg-course = 课程名称
arg-damaged = 已损坏
arg-doc-close-id = 公文编号（DOC-…）
arg-doc-hand-over-id = 公文编号（DOC-…）
arg-doc-hand-over-to = 接收人（编号或姓名）
arg-doc-loss-id = 公文编号（DOC-…）
arg-doc-loss-note = 经过
arg-doc-return-id = 公文编号（DOC-…）
arg-doc-sign-id = 公文编号（DOC-…）
arg-ground = 所依据的条件，即程序所列各项（RP-1 至 RP-3）
arg-inspection-list-rule = 只列这项行为规范
arg-inspection-list-staff = 只列这个人的（编号或姓名）
arg-inspection-record-rule = 所涉的行为规范（SC-4.1）
arg-inspection-record-staff = 被巡查的人（编号或姓名）
arg-leave-approve-id = 假条编号（LV-…）
arg-leave-approve-note = 批准时的说明
arg-leave-cancel-id = 假条编号（LV-…）
arg-leave-cancel-note = 撤销的原因
arg-leave-file-id = 假条编号（LV-…）
arg-leave-list-kind = 只列这种假别
arg-leave-list-room = 只列这个室人员的假条（编号或名称）
arg-leave-list-staff = 只列这个人的假条（编号或姓名）
arg-leave-list-status = 只列这个状态的假条
arg-leave-reject-id = 假条编号（LV-…）
arg-leave-reject-reference = 派驻单位的文号（由派驻单位不予批准时）
arg-leave-request-reason = 事由；在终端机上会询问
arg-lost = 已遗失
arg-qualify-staff = 取得上岗资格的窗口人员（编号或姓名）
arg-reject = 不予批准
arg-title = 公文标题
arg-training-list-staff = 只列这个人的（编号或姓名）
arg-training-record-staff = 参加的人（编号或姓名）
arg-box-show-id = 要查看的记录编号（CMP-…、CAPA-…、LV-…）
arg-capa-show-id = 要查看的记录编号（CMP-…、CAPA-…、LV-…）
arg-complaint-show-id = 要查看的记录编号（CMP-…、CAPA-…、LV-…）
arg-conduct-show-id = 要查看的记录编号（CMP-…、CAPA-…、LV-…）
arg-doc-show-id = 要查看的记录编号（CMP-…、CAPA-…、LV-…）
arg-inspection-show-id = 要查看的记录编号（CMP-…、CAPA-…、LV-…）
arg-leave-show-id = 要查看的记录编号（CMP-…、CAPA-…、LV-…）
arg-text_from = 投诉单与纠正预防措施的文字（内容、原因、措施、结果、答复、客户）取自这个中心的记录（示范的 `records/`），使生成的记录带有真实表单的文字；不填则用简短的虚构文字
