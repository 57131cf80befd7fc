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
value-decision-approved = 已决定
value-decision-rejected = 不予决定
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
