# svc 的訊息（繁體中文）。每個 id 在每種語言中都有（有測試檢查），參數相同。
# id：help-/clap- 命令列，error- 錯誤，check- svc check。

## 命令列本身的用語

help-usage = 用法：
help-commands = 命令
help-command = 命令
help-arguments = 參數
help-global-options = 全域選項
help-options = 選項
help-examples = 範例：
help-default = 預設：{ $value }
help-values = 可填：{ $values }
help-env = 環境變數：{ $name }
error-heading = 錯誤：
error-because = 原因：
clap-unknown-argument = 無法識別的參數 `{ $arg }`
clap-unknown-command = 沒有 `{ $command }` 這個命令
clap-invalid-value = `{ $value }` 不是 { $arg } 可填的值；可填：{ $valid }
clap-bad-value = `{ $value }` 不適用於 { $arg }：{ $reason }
clap-missing = 缺少：{ $args }
clap-missing-command = 這裡需要一個命令
clap-conflict = { $arg } 不能與 { $other } 同用
clap-too-many = { $arg } 只能填一個值
clap-value-count = { $arg } 的值個數不對
clap-did-you-mean = 你是否想輸入 `{ $suggestion }`？
clap-more-help = 加上 --help 可看說明。

## svc check

severity-error = 錯誤
severity-warning = 警告
check-summary = { $files } 個檔案，{ $errors } 個錯誤，{ $warnings } 個警告{ $allowed ->
        [0] {""}
       *[other] ，另有 { $allowed } 個已允許
    }

## 值：檔案中各代號的名稱（value-類別-代號）

value-channel-in-person = 現場
value-channel-phone = 電話
value-channel-box = 投訴箱
value-channel-letter = 信函
value-channel-email = 電郵
value-complaint-received = 已登記
value-complaint-explained = 已解釋
value-complaint-accepted = 已受理
value-complaint-in-capa = 整改中
value-complaint-closed = 已結案
value-complaint-praise = 表揚
value-capa-open = 進行中
value-capa-awaiting-verification = 待驗證
value-capa-effective = 已驗證有效
value-action-corrective = 糾正
value-action-preventive = 預防
value-leave-leave-post = 離崗
value-leave-personal = 事假
value-leave-sick = 病假
value-leave-annual = 年假
value-slip-pending = 待批
value-slip-approved = 已批准
value-slip-noted = 已備案
value-slip-rejected = 不予批准
value-slip-cancelled = 已撤銷
value-incident-late = 遲到
value-incident-early = 早退
value-incident-absent = 缺勤
value-recipient-seconding-unit = 派駐單位
value-recipient-coordination-office = 協調辦
value-conduct-commendation = 書面表揚
value-conduct-criticism = 批評
value-conduct-warning = 警告
value-conduct-circulated-criticism = 通報批評
value-conduct-removal = 撤離
value-decision-proposed = 已提議
value-decision-approved = 已決定
value-decision-rejected = 不予決定
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
value-role-staff = 工作人員
value-role-room-head = 室負責人
value-role-coordination-office = 協調辦
value-role-coordination-office-head = 協調辦負責人
value-role-deputy-director = 中心副主任
value-role-executive-deputy-director = 中心常務副主任

## 表格與 CSV 的欄名（column-鍵）

column-id = 編號
column-received = 收到日期
column-channel = 渠道
column-room = 室
column-status = 狀態
column-cause = 原因類別
column-responsible = 責任人
column-capa = 措施
column-summary = 內容
column-result = 結果
column-reply = 答覆
column-complaint = 投訴
column-opened = 開立
column-round = 輪次
column-next = 下一步
column-overdue = 逾期
column-reminders = 催辦
column-staff = 職員
column-kind = 類別
column-from = 自
column-to = 至
column-days = 工作日
column-route = 流程
column-ground = 條件
column-proposed = 提議日期
column-decided = 決定
column-notified = 通知
column-evidence = 證據
column-detail = 詳情
column-name = 姓名
column-working-days = 工作日數
column-leave-post = 離崗
column-personal = 事假
column-sick = 病假
column-annual = 年假
column-late = 遲到
column-early = 早退
column-absent = 缺勤
column-due = 期限
column-record = 記錄
column-to-do = 待辦
column-who = 由誰
column-clause = 條款
column-rule = 規則
column-severity = 嚴重性
column-depends-on = 取決於
column-asks = 要求

## 一覽

reply-wanted = 待答覆
sheet-pass = 合格
sheet-fail = 不合格
todo-overdue = { $day }（已逾期）
count-forms = 共 { $n } 張投訴單
count-capas = 截至 { $day } 共 { $n } 份糾正預防措施跟蹤報告
count-conduct = 共 { $n } 項獎懲
count-slips = 共 { $n } 張假條
