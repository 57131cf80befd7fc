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
error-hint = 提示：
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

## 詢問的表單

man-written = 已寫出 { $n } 個說明頁到 { $dir }
man-no-command = 沒有 `{ $name }` 這個命令：`svc --help` 會列出所有命令
ask-missing = 缺少 { $flag }（{ $label }）：請在命令列上提供；在終端機上 svc 會詢問
ask-declined = 未寫入：沒有任何改動
ask-required = 不可空白
ask-yes = 是
ask-yes-or-no = 請回答 是 或 否（y/n）
ask-write = 寫入？（是/否）
ask-channel = 渠道
ask-room = 室
ask-summary = 投訴內容
ask-whose = 責任屬誰
ask-explanation = 向客戶所作的說明
ask-cause-category = 原因類別
ask-cause = 查明的原因
ask-responsible = 責任人（負責糾正預防措施）
ask-result = 處理結果
ask-reply-via = 答覆方式
ask-reply = 答覆內容
whose-ours = 本中心責任
whose-customer = 客戶責任

## 投訴

complaint-logged = 已登記 { $id }，存於 { $path }
complaint-praise = 對 { $who } 的表揚：可作書面表揚的依據（RP-1 C1）
complaint-next-triage = 由窗口判定責任屬誰：本中心責任（--ours）或客戶責任（--customer --note "所作的說明"）
complaint-triaged-ours = { $id } 屬本中心責任
complaint-triaged-customer = { $id } 已向客戶解釋，到此結束（CC-4.1）；協調辦可用 `svc complaint close { $id } --result 內容` 結案
complaint-analysed = { $id } 已分析；已為 { $who } 開立 { $capa }，存於 { $path }
complaint-next-track = { $who } 新增糾正及預防措施（CC-4.4）
complaint-closed = { $id } 已結案（CC-4.7）
complaint-names-capa = { $id } 指向糾正預防措施 { $capa }
form-complaint = 客戶投訴/意見單
form-received = { $day } 經{ $channel }收到，{ $room }
form-wants-reply = 要求答覆
form-no-reply = 不要求答覆
form-by = { $day } 由 { $who }：{ $what }
form-not-yet = 尚未進行（{ $clause }）

## 逐行列出記錄時的標籤（column-鍵）

column-logged-by = 填寫人
column-logged_by = 填寫人
column-complained-about = 被投訴人
about-nobody = 無（分析時確認）
about-unknown = 未指明
count-staff = 共 { $n } 人
whoami-detail = { $role }，{ $room }
column-role = 角色
column-qualified = 持證日期
column-room-name = 名稱
decided-by = { $day }，{ $who }
column-praise-of = 表揚對象
column-remedy = 客戶要求
column-customer = 客戶
column-triage = 責任判定
column-analysis = 原因分析
column-interview = 客戶面談
column-closed = 結案
column-responsibility = 責任
column-note = 備註
column-conduct = 獎懲
column-decision = 決定
column-letter = 函件
column-cancelled = 撤銷
column-leave = 假條
column-reason = 事由
column-requested = 申請
column-retroactive = 補假
column-time = 時間
column-problem = 問題

## 糾正和預防措施

capa-done = { $id }：第 { $n } 項措施已完成；第 { $round } 輪尚有 { $open } 項未完成
capa-next-complete = { $who } 報告本輪完成（CC-4.4）
capa-added = { $id }：已新增第 { $round } 輪第 { $n } 項{ $kind }措施，計劃 { $due } 完成
capa-completed = { $id }：第 { $round } 輪已報告完成；協調辦須於 { $deadline } 前驗證（CC-4.5）
capa-verified-late = 警告：驗證晚於 CC-4.5 的 { $window } 個工作日，記為逾期驗證
capa-effective = { $id }：驗證有效
capa-not-effective = { $id }：無效，已開立第 { $round } 輪（CC-4.6）
capa-action-number = `{ $text }` 不是措施編號：請填報告上所列的號碼，例如 2（`svc capa show 編號` 會列出）
capa-reminded = { $id }：已向 { $who } 發出第 { $n } 次催辦，限 { $due } 前完成{ $n ->
        [1] （第一次催辦：屆時仍未完成，屬 RP-2 P4 的情形）
        [2] （第二次催辦：屆時仍未完成，屬 RP-3 R4 的情形）
       *[other] {""}
    }
capa-next-verify-by = 於 { $deadline } 前驗證
capa-next-verify = 待驗證
capa-next-action = 第 { $n } 項措施 { $due } 到期
capa-next-report = 報告完成
capa-next-add = 新增措施
form-capa = 糾正和預防措施跟蹤報告
capa-round = 第 { $n } 輪
capa-action-done-on = ，{ $day } 完成
capa-action-line = { $n }. { $text }（{ $kind }）{ $due } 到期{ $done }
capa-round-completed = 完成  { $day }，{ $who }
capa-verdict-effective = 有效
capa-verdict-not-effective = 無效
capa-verdict-late = （逾期，期限 { $deadline }）
capa-round-verified = 驗證  { $day }，{ $who }：{ $verdict }{ $late }：{ $note }
capa-reminder-line = 第 { $n } 次催辦   { $day }，{ $who }（{ $overdue }）{ $note }
form-on-by = { $day }，{ $who }

## 請假

value-band-staff-notice = 職員（報告室負責人）
value-band-staff-short = 職員（室負責人批准）
value-band-staff-long = 職員（長假）
value-band-room-head-notice = 室負責人（電話告知）
value-band-room-head-short = 室負責人（短假）
value-band-room-head-long = 室負責人（長假）
value-band-office-head-notice = 協調辦負責人（告知）
value-band-office-head-short = 協調辦負責人（短假）
value-band-annual = 年假
value-step-room-head = 室負責人批准
value-step-coordination-office = 協調辦批准
value-step-coordination-office-head = 協調辦負責人批准
value-step-executive-deputy-director = 中心常務副主任批准
value-step-deputy-director = 中心副主任批准
value-step-seconding-unit = 派駐單位的審批，由協調辦記錄
value-step-seconding-unit-hr = 派駐單位人事部門的審批，由協調辦記錄
value-step-filing = 交協調辦備案
value-verdict-approved = 批准
value-verdict-rejected = 不予批准
value-verdict-filed = 已備案
leave-notice-office = 電話告知協調辦（ATT-2）
leave-notice-deputy-director = 告知中心副主任（協調辦負責人本人的假，ATT-2）
leave-notice-room-head = 向室負責人報告（ATT-3）
leave-nothing-to-approve = { $notice }；無須審批
leave-approved-step = { $step }：已批准
leave-rejected-at = 在「{ $step }」不予批准
leave-filed = 已交協調辦備案
leave-cancelled = 已撤銷
leave-requested = { $id }：{ $who } 的{ $kind }，{ $from } 至 { $to }，共 { $days } 個工作日{ $retroactive ->
        [yes] ，補假
       *[other] {""}
    }
leave-route = 審批流程（{ $clause }）：{ $route }
leave-route-then = ，然後
leave-step-done = { $id }：{ $done }；狀態 { $status }
leave-next = 下一步：{ $step }
form-leave = 離崗/事(病)假條
leave-time = { $from } 至 { $to }，共 { $days } 個工作日
leave-retroactive = 補假：休假開始後才填寫
leave-step-taken = { $step }：{ $decision }，{ $day }，{ $who }{ $reference }{ $note }
leave-reference = ，文號 { $reference }
ask-staff = 請假人
ask-kind = 假別
ask-from = 自（日期，可加 上午、下午 或 時:分）
ask-to = 至（日期，可加 上午、下午 或 時:分）
ask-reason = 事由
leave-bad-moment = `{ $text }` 不是時間；請寫 2026-03-02、"2026-03-02 am"、"2026-03-02 pm" 或 "2026-03-02 13:30"

## 獎懲

ground-C1 = 服務規範、文明、高效，受客戶表揚
ground-C2 = 發現並避免差錯或漏洞
ground-C3 = 拒絕吃請、收受錢物，嚴格按規定辦事
ground-P1 = 工作馬虎、鬆散或態度欠佳，遭客戶投訴
ground-P2 = 遲到早退，月度考勤不合格
ground-P3 = 文件未按規定簽收、登記、保管，或損壞、遺失
ground-P4 = 經辦事項未按時完成，經一次催辦仍未完成
ground-R1 = 紀律鬆散或刁難客戶，經批評仍不改正
ground-R2 = 工作不負責任，屢出差錯
ground-R3 = 審批中吃請或收受禮品
ground-R4 = 經第二次催辦仍未完成，或屢次逾期
ground-R5 = 其他不適合崗位的情形
conduct-proposed = { $id }：已提議對 { $who } 的{ $kind }，條件 { $ground }；由{ $decider }決定（{ $clause }）
conduct-decided = { $id }：{ $status }
conduct-next-notify = 協調辦致函派駐單位（RP-1、RP-3）
conduct-letter = { $id }：已記錄致 { $unit } 的函件
conduct-the-unit = 派駐單位
form-conduct = 獎懲
conduct-kind-line = { $kind }，條件 { $ground }（{ $clause }）：{ $what }
conduct-pending = 待決定：由{ $decider }決定
conduct-decision-line = { $verdict }，{ $day }，{ $who }{ $note }
conduct-letter-line = { $day }，{ $who }，致 { $unit }
conduct-suggestions = { $from } 至 { $to } 共 { $n } 項建議；不作任何決定：請用 `svc conduct propose` 提議

## 待辦（svc todo）

todo-triage = 判定：責任屬誰
todo-analyse = 分析並開立糾正預防措施
todo-close = 結案：填寫處理結果（及答覆）
todo-reply = 答覆客戶並結案
todo-action = 第 { $n } 項措施：{ $text }
todo-plan = 訂出糾正及預防措施及其日期
todo-report = 報告完成
todo-remind = 催辦 { $who }（第 { $n } 次催辦 — RP-2 P4 / RP-3 R4）
todo-verify-left = 驗證：尚餘 { $days } 個工作日
todo-verify-late = 驗證：已逾期 { $days } 個工作日
todo-leave-step = { $who } 的假條：{ $step }
todo-send-sheet = 把 { $room } 的考勤表報送{ $to }
todo-decide = 決定對 { $who } 的{ $kind }（{ $ground }）
todo-letter = 致函派駐單位
todo-count-mine = 截至 { $day }，{ $who } 共 { $n } 項待辦
todo-count = 截至 { $day }，共 { $n } 項待辦

## 考勤

attendance-incident = { $id }：{ $who } { $day } { $kind }
attendance-dispatched = { $id }：{ $room } 室 { $month } 的考勤表已於 { $day } 報送{ $to }
attendance-month = { $month }：共 { $n } 人，{ $failed } 人不合格（合格：遲到早退不超過 { $late } 次，缺勤不超過 { $absent } 次）

## 規則：發現的問題或被拒絕的步驟所說的話

plain = { $text }
stats-output-in-records = --output { $path } 會覆寫 svc.toml 或寫進 records/：請把報表寫到別處
error-in = { $what }: { $error }
error-at = { $path }:{ $line }:{ $column }: { $error }
suggest-complaint = { $day } { $cause }
refusal-and-same = { $first }；另外：{ $message }
refusal-and = { $first }；另外：{ $message } [{ $clause }]
refusal-another-record = 另一筆記錄
refusal-would-break = 這會使 { $other } 違反規定：{ $message }
rule-dates-in-order = { $what }（{ $day }）早於{ $before }（{ $before_day }）
rule-year-unknown = 從 { $from } 到 { $to } 的工作時間要計入 { $year } 年，但 svc.toml 尚未列出該年的假日和調休：請先在 svc.toml 加入 { $year } 年的 [[calendar.holidays]] 與 makeup_workdays（該年沒有時，在 [calendar] 寫 `years = [{ $year }]`）
rule-next-year-unknown = svc.toml 尚未列出 { $year } 年的假日和調休：請在 { $year }-01-01 之前加到 [calendar]，否則任何步驟都不能計算 { $year } 年的工作時間
rule-not-after-today = 日期 { $day } 晚於今天（{ $today }）
step-after-today = 這一步的日期 { $day } 晚於中心的今天（{ $today }）：--date 只能補記過去的日期；未寫入任何內容
rule-office-step = { $what }是協調辦的步驟，但 { $who } 是{ $role }
rule-removed-no-steps = { $who } 已於 { $day } 撤離本中心，此後不得再辦理任何步驟
rule-removed-not-responsible = { $who } 已於 { $day } 撤離本中心，此後不得被指定為責任人
rule-qualified-from = { $who } 於 { $day } { $what }，但其持證上崗自 { $from } 起才生效
rule-not-qualified = { $who } 於 { $day } { $what }，但未經確認持證上崗：由協調辦在 svc.toml 中設定 `qualified`
when-received = 收到日期
when-triage = 責任判定
when-analysis = 原因分析
when-explanation = 向客戶解釋
when-closing = 結案
when-effective = 驗證有效
when-reply = 答覆
did-triage = 判定了責任
did-write-form = 填寫了這張單
step-analyse = 分析投訴
step-close = 投訴結案
rule-summary-empty = 內容空白：請寫下客戶所說的話
rule-logged-by-unit = { $who } 是{ $role }：投訴單由受理單位或協調辦填寫
rule-status-agrees = 狀態寫的是 `{ $status }`，但已記錄的步驟顯示為 `{ $derived }`
rule-praise-only = { $id } 是表揚而非投訴：不作責任判定、分析或結案
rule-triage-by-unit = { $who } 不得判定 { $id } 的責任：由受理的 `{ $room }` 室或協調辦判定
rule-explanation-needed = 屬客戶自身責任時須記錄向客戶所作的解釋（--note）
rule-explained-no-analysis = 屬客戶自身責任的投訴經解釋即結束：不作分析，不開立糾正預防措施
rule-analysis-not-accepted = { $id } 未判定為本中心責任：請先執行 `svc complaint triage { $id } --ours`
rule-unknown-category = 未知的原因類別 `{ $category }`{ $hint }；可用類別：{ $known }（見 svc.toml 的 [complaints]）
rule-cause-empty = 原因空白：請寫下分析所發現的原因
rule-capa-missing = 糾正預防措施 { $capa } 不存在
rule-capa-other-complaint = 糾正預防措施 { $capa } 屬於 { $complaint }，不屬於本投訴
rule-result-empty = 結果空白：請寫下要填在投訴單上的結果
rule-closed-unresolved = { $id } 結案時既無分析與有效的糾正預防措施，也未作為客戶責任解釋
rule-close-before-effective = { $id } 須待其糾正預防措施 { $capa } 驗證有效後才能結案（措施狀態：{ $status }）
rule-reply-first = 客戶要求答覆：請先答覆，再以 --reply-via 渠道 --reply 內容 結案
rule-reply-empty = 答覆內容空白：請寫下告知客戶的內容
rule-reply-before-result = 回覆日期 { $on } 早於{ $what }（{ $day }）：回覆是告知客戶結果，應在其當日或之後
overdue-action = 第 { $n } 項措施應於 { $due } 完成
overdue-completion = 措施應於 { $due } 前完成，但尚未報告完成
overdue-verification = 應於 { $deadline } 前驗證
step-open-capa = 開立糾正預防措施
step-verify = 驗證糾正預防措施
step-remind = 催辦
when-round-start = 本輪開始
when-action = 措施
when-added = 新增日期
when-done = 完成
when-completion = 報告完成
when-verification = 驗證
when-capa-opened = 措施開立
when-reminder = 催辦
when-previous-reminder = 上一次催辦
when-this-reminder = 這次催辦
rule-record-unreadable = { $id } 無法讀取：它的檔案有錯誤（已在該檔案上報告）；請先修正那個檔案
rule-complaint-missing = 投訴 { $complaint } 不存在
rule-capa-responsible-differs = 投訴指定的責任人是 { $complaint }，本措施卻是 { $capa }
rule-capa-opened-differs = 開立日期為 { $opened }，但開立它的分析日期為 { $analysis }
rule-complaint-not-naming = 投訴 { $complaint } 的分析沒有指向本措施
rule-capa-no-round = 糾正預防措施至少要有一輪措施
rule-plan-by = { $who } 不得為 { $id } 訂立措施：措施由責任人（{ $responsible }）提出（CC-4.4）
rule-action-empty = 措施內容空白
rule-due-before-added = 計劃日期 { $due } 早於新增措施的日期（{ $added }）
rule-done-by = { $who } 不得標記 { $id } 的第 { $n } 項措施完成：由責任人（{ $responsible }）執行（CC-4.4）
rule-done-without-by = 已完成的措施須記錄由誰完成（`done_by`）
rule-by-without-done = 有 `done_by` 卻沒有 `done`：請記錄完成日期
rule-completion-by = 只有責任人（{ $responsible }）可報告 { $id } 完成；{ $who } 不是責任人
rule-no-corrective = 第 { $n } 輪沒有糾正措施：請用 `svc capa track { $id } --action 內容 --kind corrective --due 日期` 新增
rule-no-preventive = 第 { $n } 輪沒有預防措施：請用 `svc capa track { $id } --action 內容 --kind preventive --due 日期` 新增
rule-complete-with-open = 第 { $n } 輪要報告完成，每項措施都須已完成，但第 { $open } 項（在報告完成之日）尚未完成；請逐項用 `svc capa track { $id } --done N` 標記
rule-verified-before-completion = 第 { $n } 輪在報告完成之前就已驗證
rule-round-after-effective = 第 { $n } 輪已驗證有效，之後卻還有一輪
rule-round-after-unverified = 第 { $n } 輪從未驗證，之後卻還有一輪
rule-round-must-follow = 第 { $n } 輪無效：必須展開新一輪（`svc capa track { $id } --action ...`）
rule-verifier-responsible = { $who } 是 { $id } 的責任人，不得自行驗證：由協調辦其他人員驗證
rule-verification-note-empty = 驗證說明空白：請寫下查核了甚麼
rule-deadline-differs = 記錄的期限是 { $recorded }，但按本中心日曆，報告完成（{ $completed }）後 { $window } 個工作日是 { $deadline }
rule-late-flag = `late = { $late }`，但驗證日期為 { $on }，期限為 { $deadline }
rule-verified-late = 逾期 { $over } 個工作日驗證：期限 { $deadline }，驗證於 { $on }
rule-reminder-number = 第 { $n } 次催辦的編號寫成 { $number }
rule-reminder-no-day = { $id } 的第 { $n } 次催辦沒有寫明完成期限，不能作為 P4 或 R4 的依據：`svc repair --reminder-days` 會補上預設期限（{ $default }，下一個工作日），或按催辦時所說寫入 `due = YYYY-MM-DD`
rule-reminder-due-before = 催辦要求在 { $due } 前完成，早於催辦日期（{ $on }）
rule-reminder-not-overdue = { $id } 在 { $on } 沒有 { $who } 逾期的工作：{ $why }
rule-not-working-day = { $day } 不是工作日
rule-reminder-same-day = { $day } 已催辦過
why-effective = 當時已驗證有效
why-completed = 當時已報告完成：逾期驗證是協調辦的責任，不是催辦責任人的理由
why-nothing-due = 沒有任何事項過了計劃日期，無須催辦
hint-verify = 協調辦用 `svc capa verify { $id }` 驗證
hint-remind = 協調辦可用 `svc capa remind { $id }` 催辦
rule-overdue = 截至 { $day } 已逾期：{ $overdue }；{ $hint }

## 請假的規則與拒絕

leave-not-covered = 請假程序適用於工作人員、室負責人與協調辦負責人（ATT-2、ATT-3）及年假（ATT-4）；不適用於{ $role }
leave-next-is-filing = { $id } 的下一步是備案：請執行 `svc leave file { $id }`
leave-filed-not-rejected = 已批准的假條只能備案，不能不予批准
leave-reject-needs-reason = 不予批准須寫明 --reason
leave-not-ready-for-filing = { $id } 尚不能備案：下一步是{ $step }
leave-already = { $id } 已是{ $status }
leave-notice-nothing-to = { $id } 只須告知（{ $notice }）：沒有可{ $verb }的
leave-nothing-to = { $id } 已是{ $status }：沒有可{ $verb }的
leave-nobody-may = svc.toml 中沒有這個角色的人（請在 [[staff]] 加上）
leave-may-not-take = { $who }（{ $role }）不得辦理「{ $what }」；可以辦理的是：{ $may }
verb-approve = 批准
verb-reject = 不予批准
verb-file = 備案
when-previous-step = 上一步
when-this-step = 這一步
when-cancellation = 撤銷
rule-role-changed = { $who } 申請時是{ $applied }，但職員名冊現在寫的是{ $now }
rule-entered-by = { $who } 不得為 { $applicant } 填寫假條：由請假人本人、其室負責人或協調辦填寫
rule-reason-empty = 事由空白：假條須寫明原因
rule-ends-before-start = 假期結束（{ $to }）早於開始（{ $from }）
rule-no-working-time = 按本中心日曆，{ $from } 至 { $to } 沒有工作時間：無須請假
rule-working-minutes = working_minutes = { $recorded }，但按本中心日曆 { $from } 至 { $to } 的工作時間為 { $minutes } 分鐘
rule-requested-after-start = 申請日 { $requested } 晚於假期開始 { $started }：事後申請應作為補假（--retroactive）
rule-band = { $role }請 { $days } 個工作日的{ $kind }屬 `{ $band }`，不是 `{ $recorded }`
rule-route = svc.toml 政策中 `{ $band }` 的流程是 { $policy }，本假條記錄的是 { $recorded }
rule-step-unexpected = 第 { $n } 步是 `{ $step }`，但流程在此應為 `{ $expected }`
rule-step-beyond = 第 { $n } 步超出了流程（共 { $steps } 步）
rule-decision-unfit = `{ $decision }` 不是 `{ $step }` 這一步的決定
rule-after-rejection = 不予批准的假條不再有後續步驟
rule-own-slip = { $who } 不得審批自己的假條；這一步是{ $step }
rule-step-authority = { $message }
rule-approved-twice = { $who } 已批准過這張假條：流程中的每次批准須由不同的人作出
rule-external-reference = { $step }在中心以外辦理：請提供派駐單位的 --reference 文號
rule-cancel-by = 只有 { $staff } 或協調辦可撤銷 { $id }；{ $who } 不可以
rule-cancel-after-start = { $id } 已於 { $day } 開始：已休的假不能撤銷
rule-overlap = { $who } 在這段時間已有 { $other }（{ $from } 至 { $to }，{ $status }）：請先撤銷，或改變日期
rule-pending-after-end = { $id } 的假期已於 { $day } 結束卻仍待批：請不予批准（`svc leave reject { $id } --reason ...`），如須事後批准，另填補假

## 考勤的規則

when-incident = 考勤異常日期
when-recorded = 記錄日期
rule-incident-not-working-day = 按本中心日曆 { $day } 不是工作日：無出勤可言
rule-minutes-not-absence = 分鐘數用於遲到與早退，不用於缺勤
rule-keeper = { $who } 不得為 { $person } 記錄考勤：由其室負責人或協調辦記錄
rule-incident-twice = { $who } 在 { $day } 的{ $kind }已記錄於 { $first }
rule-correction-needed = { $room } 室 { $month } 的考勤表已於 { $sent } 報送：此後記錄的異常屬更正（--correction "原因"）
rule-on-leave = { $who } 當時在已批准的假期 { $slip }（{ $from } 至 { $to }）中：{ $day } 不算{ $kind }
rule-dispatch-by = { $who } 不得報送 { $room } 室的考勤表：由該室負責人或協調辦報送
rule-dispatch-month-end = { $month } 的考勤表於月底報送，即 { $day } 或之後
rule-dispatch-twice = { $room } 室 { $month } 的考勤表已於 { $day } 報送{ $to }（{ $first }）
rule-sheet-not-sent-many = { $room } 室有 { $n } 個月（{ $first } 至 { $last }）的考勤表未報送{ $to }：逐月用 `svc attendance dispatch 月份 --room { $room } --to { $token }`
rule-sheet-not-sent = { $room } 室 { $month } 的考勤表未報送{ $to }：`svc attendance dispatch { $month } --room { $room } --to { $token }`

## 獎懲：規則與拒絕

when-proposal = 提議
when-decision = 決定
when-letter = 函件
step-letter = 致函派駐單位
kinds-rp1 = 書面表揚
kinds-rp2 = 批評、警告或通報批評
kinds-rp3 = 撤離
shows-C1 = 由他人登記、表揚其本人的表揚單
shows-P1 = 經判定屬本中心責任、分析確認其為被投訴人、且原因類別屬個人行為的投訴（不是負責改正的人）
shows-P2 = 其因遲到或早退（至少一次）而不合格的月度考勤表（SHEET-YYYY-MM）（僅因缺勤不合格不屬 P2）
shows-P3 = 在其保管中遺失或損壞的公文（DOC-…）（移交未簽收不屬 P3）
shows-P4 = 經催辦、到催辦所定日期仍未完成（之後才完成或仍未完成）的糾正預防措施，或其屢次超時限辦結之一
shows-R1 = 在其 P1 批評（已決定）之後收到的、投訴其行為的投訴或巡查所見違規
shows-R4 = 經第二次催辦、到所定日期仍未完成的措施，或 12 個月內超過計劃日期辦結達 `repeated_overdue` 項的措施之一
shows-note = 書面說明
evidence-not-about = 與 { $who } 無關
evidence-after = 日期為 { $dated }，晚於提議（{ $day }）
evidence-bad = `{ $text }` 不是證據：請寫記錄編號（CMP-2026-0001、CAPA-2026-0001…）或月度考勤表（SHEET-2026-03）
rule-director-not-proposed = { $who } 是{ $role }：獎懲由主任們決定，不對他們提議
rule-kind-fits = 條件 { $ground }（{ $clause }）適用於{ $kinds }，不適用於{ $kind }
rule-proposed-by-office = 獎懲只由協調辦提議；{ $who } 是{ $role }
rule-conduct-note-empty = 說明空白：請寫下發生了甚麼
rule-prior-criticism = R1 適用於受批評後仍不改正，但 { $who } 在 { $day } 之前沒有已決定的批評
rule-evidence-missing = 證據 { $id } 不存在
rule-evidence-problem = 證據 { $id } { $problem }
rule-sheet-incomplete = 提議時（{ $day }）{ $month } 的考勤表尚未完成
rule-evidence-needed = { $ground } 須有證據顯示 { $who } 符合：{ $what }
rule-decided-by = { $clause } 的{ $kind }由{ $decider }（{ $token }）決定；{ $who } 是 { $role }
rule-own-decision = 任何人不得決定自己的獎懲
rule-letter-pending = 已決定的書面表揚尚未致函派駐單位：`svc conduct notify { $id }`
conduct-only-approved-sent = { $id } 是{ $status }：只有已決定的才致函派駐單位
conduct-already-decided = { $id } 已作出決定（{ $status }）
conduct-already-sent = { $id } 已於 { $day } 致函
suggest-praised = { $day } 受表揚
suggest-approved = { $day } 已決定{ $kind }
suggest-complaint-after = 其後的投訴，{ $day }
suggest-unmet = 經 { $n } 次催辦，到所定日期仍未完成
suggest-repeatedly = 12 個月內有 { $n } 項措施超過計劃日期辦結
suggest-sheet = { $month }：遲到 { $late } 次，早退 { $early } 次，缺勤 { $absent } 次

## 投訴與措施的步驟被拒絕

complaint-praise-no-triage = { $id } 是表揚而非投訴：無須判定責任
complaint-already-triaged = { $id } 已判定過責任（狀態 { $status }）
complaint-not-triaged = { $id } 尚未判定責任：請先執行 `svc complaint triage { $id } --ours`
complaint-cannot-analyse = { $id } 不能分析：其狀態是{ $status }
complaint-cannot-close = { $id } 不能結案：其狀態是{ $status }
unknown-room = 沒有 `{ $id }` 這個室；現有的室：{ $rooms }
unknown-staff = 沒有職員編號 `{ $id }`{ $hint }；見 svc.toml 的 [[staff]]
did-you-mean = （是否指 `{ $candidate }`？）
capa-no-such-action = { $id } 本輪沒有第 { $n } 項措施（共 { $count } 項）
capa-action-already-done = 第 { $n } 項措施已於 { $day } 完成
capa-verb-add = 新增措施
capa-verb-done = 標記措施完成
capa-verb-complete = 報告完成
capa-verb-verify = 驗證
capa-is-open = 措施進行中：請先完成各項措施，再執行 `svc capa complete { $id }`
capa-is-awaiting = 已報告完成：由協調辦執行 `svc capa verify { $id }`
capa-is-effective = 已驗證有效並關閉
capa-cannot = 不能對 { $id } { $what }：{ $why }

## 檔案與 svc.toml

noun-complaint = 投訴單
noun-capa = 糾正預防措施
noun-leave = 假條
noun-incident = 考勤異常
noun-dispatch = 報送記錄
noun-conduct = 獎懲記錄
id-bad = `{ $text }` 不是{ $noun }編號；{ $noun }編號的格式如 { $prefix }-2026-0001
rule-room-twice = 室編號 `{ $id }` 重複列出
rule-staff-twice = 職員編號 `{ $id }` 重複列出
rule-email-twice = 電郵 `{ $email }` 屬於不止一人
rule-staff-room-unknown = { $who } 所在的室 `{ $room }` 不存在
rule-staff-needs-room = { $who } 是{ $role }，須寫明 `room`
rule-staff-unqualified = { $who } 未經確認持證上崗（`qualified`）：尚不得上崗服務
rule-room-headless = { $room } 室沒有室負責人審批請假
rule-office-empty = 職員名冊中沒有協調辦的人員
rule-holiday-and-makeup = { $day } 既是假日又是補班日
rule-category-twice = 原因類別 `{ $id }` 重複列出
rule-text-too-long = { $key } 有 { $n } 個字；文字欄位至多 { $max } 個字：請縮短，或把長文另存為公文並在此註明
file-too-large = 檔案有 { $mb } MB；記錄或 svc.toml 至多 { $max } MB，因此未讀取
rule-control-character = `{ $key }` 含有控制字元或隱形字元 { $character }：請刪除（終端機控制碼、雙向覆寫與零寬字元一律不保存）
rule-id-file-name = 編號 { $id } 與檔名 { $stem }.toml 不符：請改檔名或改編號
rule-id-kind = { $id } 不是{ $noun }編號，但檔案放在 { $folder } 資料夾
rule-id-year = { $id } 放在 { $folder }/ 下，應放在 { $year }/ 下
rule-id-shared = { $id } 也是 { $others } 的編號：編號不得共用或重複使用
calendar-all-weekend = `calendar.weekend` 列出了一週的每一天：至少要留一個工作日
calendar-session-backwards = `calendar.{ $name }` 的結束早於開始
calendar-afternoon-first = `calendar.afternoon` 須在上午結束之後開始
calendar-holiday-backwards = 假日 `{ $name }` 的結束早於開始
calendar-bad-weekday = `{ $text }` 不是星期幾；請寫如 "saturday"
calendar-bad-session = `{ $text }` 不是時段；請寫成 "09:00-12:00"
history-finished-changed = 記錄已辦結，之後又被修改
history-changed = `{ $key }` 原為 { $was }，現為 { $now }
history-removed = `{ $key }`（{ $was }）被刪除
when-rule-today = 取決於 --date
when-rule-history = 歷史（--base）
when-rule-recorded = 僅看記錄
check-rule-count = 共 { $n } 條規則
check-no-rule = --allow：沒有 `{ $name }` 這條規則{ $hint }；`svc check --list-rules` 會列出全部規則

## 讀取檔案

file-cannot-read = 無法讀取：{ $error }
file-conflict = 有未解決的 git 合併衝突：如果兩邊各自新增了記錄（兩台電腦用了同一個新編號），請執行 `svc renumber`，兩筆都會保留；如果兩邊都改了它，請保留正確的行，刪除 <<<<<<< ======= >>>>>>> 這幾行，再執行 `svc check`
file-not-utf8 = 不是 UTF-8（位元組 { $byte }）；檔案可完整讀作 { $encodings }，可能被編輯器存成了該編碼：`svc fix-encoding 檔案` 會把它轉為 UTF-8 並列出改動的行
file-not-text = 不是 UTF-8（位元組 { $byte }），也不是 Big5 或 GBK 的文字：檔案已損壞或不是記錄；請從 git 還原（`git checkout -- 檔案`）
file-check-spelling = ；請對照 schemas/ 中的 schema 檢查拼寫
file-unknown-field = 未知的欄位 `{ $field }`{ $hint }
file-missing-field = 缺少欄位 `{ $field }`
file-wrong-type = 類型不對：{ $found }，應為 { $expected }
file-unknown-value = `{ $value }` 不是可用的值，可用：{ $expected }
file-toml = TOML 格式錯誤：{ $message }
file-at-key = `{ $key }`：{ $message }

## 記錄庫

repo-no-config = { $dir } 中沒有 svc.toml：它是記錄庫嗎？
repo-no-config-hint = 可用 `svc init { $dir }` 建立
repo-not-found = { $dir } 及其上層資料夾都沒有 svc.toml
repo-not-found-hint = 請進入記錄庫資料夾，或加 --repo 資料夾，或用 `svc init` 建立
repo-config-unusable = { $error }
    （執行 `svc check` 可看到所有問題）
repo-no-record = 沒有{ $noun } { $id }：{ $path } 不存在（用 `svc { $group } list` 列出）
repo-see-check = { $error }
repo-id-twice = { $id } 是兩個檔案的編號：{ $first } 和 { $second }；同一記錄不會算兩次。合併之後，`svc renumber` 會給其中一個新編號；詳見 `svc check`
    （執行 `svc check` 可看到所有問題）
repo-symlink = { $path } 是符號連結：svc 不跟隨 records/ 下的連結；請換成真正的資料夾或檔案
repo-changed-meanwhile = svc 處理期間 { $path } 被改動了：請重新執行命令
journal-busy = { $journal } 已有未完成的步驟
journal-unreadable = 無法讀取 { $journal }（{ $error }）；核對記錄後請刪除它
journal-conflict = { $path } 已存在且內容不同：日誌中的步驟無法完成

## 檢查、初始化、修復、同步、schema、轉換編碼

cannot-read-cwd = 無法讀取目前的資料夾
check-interrupted = 有步驟在所有檔案寫完之前被中斷：任何會寫入的 svc 命令（如 `svc repair`）都會完成它
check-leftover-temp = 中斷的寫入留下的暫存檔；記錄本身完好。任何會寫入的 svc 命令都會刪除它
check-records-link = records/ 是符號連結：記錄必須放在記錄庫本身之中，svc 不會經由連結讀取；請以資料夾取代連結
check-link = 符號連結：svc 不跟隨 records/ 下的連結，所以不檢查它；請換成真正的資料夾或檔案
check-not-record-folder = `{ $name }` 不是記錄資料夾（svc 認得的有 { $known }）：其中的檔案不會被檢查
check-should-be-folder = `{ $name }` 應是存放{ $noun }的資料夾
check-year-folder = 記錄放在年份資料夾中：`{ $folder }/YYYY/{ $prefix }-YYYY-NNNN.toml`
check-temp-file = 中斷的寫入留下的暫存檔：請刪除（記錄本身完好）
check-not-record-name = `{ $name }` 不是記錄檔名：{ $noun }的檔名如 { $prefix }-2026-0001.toml，所以此檔不會被檢查
staff-name-ambiguous = 不只一人名叫 { $name }：{ $who }；請用職員編號
actor-not-you = 你的 git user.email 屬於 { $me }：你不能以 { $id } 的身分操作；在共用電腦上請取消 user.email 並使用 --as
actor-unknown = 誰在操作？請加 --as 職員編號，或設定 SVC_USER，或把 git user.email 設為 svc.toml 中的電郵
actor-email-unknown = 你的 git user.email <{ $email }> 不在 svc.toml 的職員名冊中：請把它加為 `email`，或使用 --as 職員編號
init-ci-written = 已寫出 { $path }：請把 SVC_SOURCE 變數設為你的中心安裝 svc 的來源
init-exists = { $path } 已存在：這裡已是記錄庫；沒有任何改動
init-inside-repository = 警告：{ $dir } 位於 { $top } 的 git 記錄庫之內：每一步都會提交到那裡。請在其外建立中心，或在 { $dir } 執行 `git init`，讓它有自己的歷史
init-created = 已在 { $dir } 建立記錄庫
repair-finished = 已完成被中斷的步驟：{ $step }
repair-nothing = 沒有被中斷的步驟
repair-reminder-days = 已為 { $n } 次催辦補上期限（各自的下一個工作日）
repair-removed = 已刪除 { $n } 個中斷寫入留下的暫存檔
sync-renumbered = { $old } 現為 { $new }（{ $why }）
sync-nothing-to-renumber = 沒有兩邊都新增的記錄：無須重新編號
sync-still-conflicting = 仍有衝突（兩邊都改了同一筆記錄；請人工處理）：{ $names }
sync-updated = 已從 { $upstream } 更新
sync-up-to-date = 已與 { $upstream } 一致
schema-wrote = 已寫出 { $path }
schema-stale = schema 與程式不一致：{ $files }；請執行 `svc schema { $dir }`
encoding-not-as = 此檔不能無誤地按 { $from } 讀取
encoding-ambiguous = 此檔按 GBK 和 Big5 都能讀：請用 --from gbk 或 --from big5 指明
encoding-unknown = 此檔既不是 UTF-8，也不是 GBK 或 Big5：請用編輯器開啟並另存為 UTF-8
encoding-already = { $path }：已是 UTF-8，不作改動
encoding-converted-lines = { $path }：按 { $encoding } 讀取；以下含中文的行現已轉為 UTF-8：
encoding-converted = 已把 { $n } 個檔案轉為 UTF-8；請用 `svc check` 檢查
sync-why-both = 兩邊都新增了它；保留我方的編號
sync-merge-ready = 合併已可提交：git commit --no-edit
sync-needs-git = svc sync 需要記錄在有遠端的 git 記錄庫中
sync-dirty = 有尚未提交的改動：
    { $changes }
    請先提交（或還原）；svc sync 只搬移已提交的步驟
sync-no-upstream = 此分支沒有上游：請先推送一次 `git push -u origin main`
sync-unreachable = 無法連上共用記錄庫；沒有任何遺失：你的步驟已在本機提交，稍後再執行 svc sync
sync-why-upstream = { $upstream } 已有此編號
sync-replayed = 已把 { $n } 個步驟提交重放到 { $upstream } 之上
sync-push-refused = 共用記錄庫拒絕了推送；沒有任何遺失：你的步驟已在本機提交，請再執行 svc sync
sync-pushed = 已把 { $n } 個步驟提交推送到 { $upstream }
history-no-base = --base { $base }：本記錄庫沒有這個提交
history-unreadable = 無法讀取 git 歷史
history-in-commit = { $message }（提交 { $commit }，作者 { $author }）
history-deleted = { $path } 被刪除了；記錄只能以後續步驟更正，不能刪除
history-renamed = { $old } 被改名為 { $new }
history-backdated = { $who } 的步驟日期為 { $on }，比提交日 { $day } 早 { $late } 個工作日（至多 { $max } 個）
history-not-by-actor = 步驟寫的是 { $who }，卻由他人提交，且無其簽署
history-needs-git = svc log 需要記錄在 git 記錄庫中
history-no-commit = 沒有任何提交含有 { $path }：{ $id } 已提交了嗎？
history-added = { $key }：{ $who }，{ $day }

## 統計（svc stats）

stats-absent = 缺勤
stats-actions-done = 已完成措施
stats-actions-done-by-their-planned-date = 按計劃日期完成的措施
stats-annual-leave-days = 年假天數
stats-by-cause-category = 按原因類別
stats-by-channel = 按渠道
stats-by-month = 按月
stats-by-room = 按室
stats-came-back-after = 前次投訴
stats-capas-closed = 結案糾正措施
stats-capas-opened = 開立糾正措施
stats-capas-opened-across = 新開措施報告
stats-capas-verified-effective-closed = 驗證有效（關閉）
stats-cause-categories-pareto = 原因類別（柏拉圖）
stats-cause-category = 原因類別
stats-change = 增減
stats-change-against-the-previous-year = 與上年比較
stats-channel = 渠道
stats-complaint = 投訴
stats-complaints = 投訴
stats-chart-complaints = 投訴件數
stats-complaints-by-month = 每月投訴趨勢
stats-corrective-and-preventive-actions = 糾正和預防措施
stats-count = 件數
stats-cumulative-share = 累計佔比
stats-chart-cumulative-share = 累計百分比
stats-date = 日期
stats-early = 早退
stats-fail = 不合格
stats-failed = 不合格
stats-figure = 項目
stats-first-time-effectiveness-rate = 一次驗證有效率
stats-item = 項目
stats-late = 遲到
stats-leave-post-days = 離崗天數
stats-management-review-cc-4-8 = 管理評審（CC-4.8）
stats-measure = 指標
stats-median-working-days-from-complaint-to-closing = 投訴至結案工作日中位數
stats-month = 月份
stats-no = 否
stats-not-yet-triaged = 尚未判定
stats-outstanding = 未答覆
stats-pareto-of-cause-categories = 原因類別柏拉圖
stats-pass = 合格
stats-passed = 合格
stats-people = 人數
stats-personal-leave-days = 事假天數
stats-praise = 表揚
stats-praise-not-complaints = 表揚（不計入投訴）
stats-previous-year = 上年
stats-recurrence-after-an-effective-verification-same = 有效驗證後再次發生（同原因、同室）
stats-recurrences = 再次發生
stats-recurrences-by-cause = 再次發生：按原因
stats-recurrences-by-room = 再次發生：按室
stats-reminders = 催辦
stats-reminders-sent = 催辦次數
stats-replies-outstanding = 未答覆
stats-replies-to-customers-cc-4-7 = 答覆客戶（CC-4.7）
stats-replies-wanted = 要求答覆
stats-reply-given = 已答覆
stats-reply-wanted = 要求答覆
stats-result = 結果
stats-reviewed-by = 評審人簽名
stats-room = 室
stats-rooms = 各室
stats-section = 部分
stats-section-people = 個人
stats-share = 佔比
stats-sick-leave-days = 病假天數
stats-staff = 人員
stats-still-open-at-the-end-of-the-period = 期末仍未關閉
stats-report = 報告
stats-report-item = 項目
stats-report-value = 內容
stats-report-centre = 中心
stats-report-year = 年度
stats-report-day = 報告日
stats-report-basis = 統計口徑
stats-report-basis-text = { $year } 年收到的投訴，及截至 { $day } 已知的全部處理情況
stats-summary = 概況
stats-the-centre-s-responsibility = 本中心責任
stats-the-customer-s-responsibility = 客戶責任
stats-this-year = 本年
stats-total = 合計
stats-value = 數值
stats-verifications-late = 逾期驗證
stats-verifications-within-5-working-days-cc-4-5 = 5 個工作日內驗證（CC-4.5）
stats-verified-late = 逾期驗證
stats-vital-few = 關鍵少數
stats-working-days = 工作日
stats-yes = 是
stats-title-centres = { $year } 年客戶投訴統計（{ $n } 個中心，CC-4.8）
stats-title-yearly = { $centre } { $year } 年客戶投訴統計分析報告（CC-4.8），截至 { $day }
stats-title-monthly = { $centre } { $month } 考勤統計（ATT-5）
stats-closed-after-rounds = 經 { $n } 輪關閉
stats-footer = { $centre } · 統計期間 { $period } · 報告日 { $day }
help-aliases = 別名

## 日期、編號及其他

date-bad = `{ $text }` 不是日期；請寫成 YYYY-MM-DD，例如 2026-03-02
date-no-month = `{ $text }` 不是日期：沒有 { $month } 月（請寫成 YYYY-MM-DD）
date-no-day = `{ $text }` 不是日期：{ $year } 年 { $month } 月沒有 { $day } 日（該月只有 { $days } 日）
date-expecting = 日期，例如 2026-03-02
date-not-real = { $text } 不是真實存在的日期
date-with-time = 應為不帶時間的日期，例如 2026-03-02，卻是 { $text }
datetime-bad = `{ $text }` 不是日期時間；請寫成 YYYY-MM-DD HH:MM，例如 "2026-03-02 13:30"
datetime-expecting = 本地日期時間，例如 2026-03-02T09:00:00
datetime-zone = 應為不帶時區的本地日期時間，例如 2026-03-02T09:00:00，卻是 { $text }
datetime-not-real = { $text } 不是真實存在的日期時間
month-bad = `{ $text }` 不是月份；請寫成 YYYY-MM，例如 2026-03
id-malformed = `{ $text }` 不是記錄編號；編號的格式如 CMP-2026-0001、CAPA-2026-0001 或 LV-2026-0001
stats-category-conflict = 原因類別 `{ $id }` 在 { $centre } 叫 `{ $name }`，在 { $other_centre } 卻叫 `{ $other_name }`：合計之前請在各中心的 svc.toml 中用同一名稱
sync-no-merge = svc renumber 用於進行中的合併（git merge 因衝突而停下）：目前沒有
stats-workbook-needs-output = 活頁簿不能輸出到終端機：請加 --output 檔案.xlsx
stats-workbook-failed = 無法建立活頁簿
repo-cannot-render = 無法把記錄寫成 TOML
generate-not-empty = { $dir } 中已有一個中心：請指定空資料夾
generate-wrote = 已在 { $dir } 寫出 { $years } 年共 { $n } 個記錄檔；用 `svc --repo { $dir } --date { $end } check` 檢查
floor-read = { $n } 個檔案，已解析 { $parsed } 個

## 投訴箱

noun-collection = 投訴箱收集記錄
step-collect = 開啟投訴箱收集
box-collected = { $id }：{ $day } 已開啟投訴箱，收到 { $forms } 張意見單（CC-4.2）
box-next = 逐張登記收集到的表格
count-collections = 共 { $n } 次收集
form-collection = 投訴箱收集記錄
column-collection = 收集
column-day = 日期
column-by = 經辦人
column-forms = 張數
column-logged = 已登記
rule-box-not-working-day = { $day } 不是工作日：投訴箱在工作日開啟
rule-box-twice = { $day } 已開啟過投訴箱（{ $first }）：每天一次
rule-minutes-range = 遲到或早退 { $minutes } 分鐘：至多 { $max } 分鐘（一整天）；數目是否打錯了？
rule-review-headline = 提交的記錄寫著 { $written } 宗投訴，但所提交的統計數字是 { $counted } 宗
rule-box-forms-range = 一天的投訴箱有 { $forms } 份：至多 10,000 份；數目是否打錯了？
rule-box-more-forms = 登記為 { $day } 收集的投訴箱意見單有 { $logged } 張，但該次收集到 { $forms } 張
rule-box-not-box = `collected` 用於來自投訴箱的意見單；這張是經{ $channel }收到的
rule-box-untraced = { $id } 來自投訴箱，卻沒有寫明開箱日期：請加 `collected = YYYY-MM-DD`（`--collected`）
rule-box-no-collection = { $day } 沒有投訴箱收集記錄：請於當天執行 `svc box collect`，或更正日期
rule-box-after = 收集日期 { $day } 晚於登記意見單的日期（{ $received }）
rule-box-missed-many = 有 { $n } 個工作日（{ $first } 至 { $last }）投訴箱沒有開啟（逐日用 `svc box collect --date 日期`）
rule-box-missed = { $day } 是工作日，投訴箱卻沒有開啟（`svc box collect --date { $day }`）
todo-collect-box = 開啟投訴箱並記錄張數

## 巡查（SC-4.1）

noun-inspection = 巡查記錄
inspection-good = 表現良好
inspection-breach = 違規
inspection-recorded = { $id }：{ $who }，{ $rule }：{ $seen }（SC-4.1）；可作為 { $grounds } 的證據
count-inspections = 共 { $n } 次巡查
form-inspection = 崗位巡查記錄
suggest-inspection = { $day } 巡查：{ $rule }，{ $seen }
column-inspection = 巡查
column-seen = 所見
column-grounds = 條件
rule-inspection-by = { $who }（{ $role }）不得記錄對 { $staff } 的巡查：由協調辦或其室負責人記錄，本人不得自記
rule-inspection-director = { $who } 是{ $role }：主任們不在崗位上受巡查
rule-inspection-not-working-day = { $day } 不是工作日：無人在崗
rule-inspection-note-empty = 說明空白：請寫下所見
value-conduct-rule-dress = 著裝
value-conduct-rule-language = 文明用語
value-conduct-rule-post = 在崗
value-conduct-rule-integrity = 廉潔
value-conduct-rule-tidiness = 整潔
value-conduct-rule-smoking = 禁煙
value-conduct-rule-other = 其他

## 管理評審（CC-4.8）

noun-review = 管理評審提交記錄
review-submitted = { $id }：{ $year } 年截至 { $day } 的統計（投訴 { $n } 件，摘要 { $digest }）已提交管理評審（CC-4.8）
rule-review-by = { $who } 是{ $role }：統計由協調辦負責人提交管理評審
rule-review-twice = { $year } 年的統計已提交過（{ $first }）：重新提交須取代最近一次（`supersedes = "{ $first }"`，由 `svc stats yearly --submit --reason 原因` 寫入）
rule-review-early = { $id } 在 { $day } 提交 { $year } 年的統計，當年尚未結束：一年的統計在 { $next }-01-01 或之後、全年完整時提交；請移除此檔（`git rm`），於一月重新提交
rule-review-supersedes-none = 它取代 { $named }，但它是 { $year } 年的第一次提交：請刪除 `supersedes`
rule-review-reason = 重新提交須寫明原因（`reason`，即 --reason）；它取代 { $first }
when-previous-submission = 被取代的提交
when-submission = 這次提交
rule-review-figures = 按 { $day } 的記錄，{ $year } 年的數字已與提交時不同：提交之前的記錄在提交後被新增或修改；請覆核，必要時重新提交
rule-review-missing = { $year } 年的統計應在 { $due } 前提交管理評審，但沒有提交記錄（`svc stats yearly --year { $year } --submit`）

## 通報批評與撤離通知（RP-2、RP-3）

step-circulate = 通報批評
when-circulation = 通報
column-circulated = 通報
conduct-only-circulated = { $id } 是{ $kind }，{ $status }：只有已決定的通報批評才通報
conduct-already-circulated = { $id } 已於 { $day } 通報
conduct-circulated = { $id }：對 { $who } 的批評已通報（RP-2）
conduct-next-circulate = 由協調辦通報（RP-2）
rule-removal-not-notified = 已決定的撤離尚未通知派駐單位：`svc conduct notify { $id }`
rule-not-circulated = 已決定的通報批評尚未通報：`svc conduct circulate { $id }`

## 培訓與持證上崗（SC-3.2）

noun-training = 培訓記錄
noun-qualification = 持證上崗記錄
training-recorded = { $id }：{ $who } 參加了「{ $course }」，{ $hours } 小時（SC-3.2）
qualification-recorded = { $id }：{ $who } 自 { $day } 起可上崗服務（證書 { $certificate }，SC-3.2）
training-course = 培訓
training-qualified = 持證上崗
count-training = 共 { $n } 項
column-what = 項目
rule-training-by = { $who } 是{ $role }：培訓與持證上崗由協調辦記錄
rule-training-course-empty = 課程空白：請寫明課程名稱
rule-training-hours = { $hours } 小時：培訓總要花些時間，且至多 2,000 小時（一年的工作時間）
rule-qualification-certificate = 證書編號空白
rule-qualification-untrained = { $day } 或之前沒有 { $who } 的培訓記錄：請先記錄培訓（`svc training record`）

## 公文登記（RP-2 P3）

noun-document = 登記公文
doc-received = { $id }：「{ $title }」已登記，存於 { $kept }
doc-now = { $id }：{ $state }
doc-state-kept = 存於 { $kept }
doc-state-out = 自 { $day } 起在 { $who } 處
doc-state-unsigned = 自 { $day } 起在 { $who } 處，未簽收
doc-state-closed = 已於 { $day } 歸檔
doc-state-lost = { $day } { $harm }，當時由 { $who } 保管
doc-closed-already = { $id } 已於 { $day } 歸檔：不再有任何步驟
doc-lost-already = { $id } 已於 { $day } 記錄為遺失或損壞：不再有任何步驟
doc-still-out = { $id } 仍在 { $who } 處（自 { $day } 起）：須先歸還（`svc doc return`）
doc-nothing-to-sign = { $id } 沒有待簽收的移交
doc-sign-by-receiver = 只有接收 { $id } 的 { $who } 才能簽收
doc-not-out = { $id } 不在任何人手上
doc-signed-on = { $day } 簽收
doc-not-signed = 未簽收
doc-returned-on = ，{ $day } 歸還
form-document = 公文登記
count-documents = 共 { $n } 份公文
column-document = 公文
column-title = 標題
column-state = 狀況
column-number = 文號
column-kept = 存放
column-hand-over = 移交
suggest-doc-loss = { $day } { $harm }：{ $title }
when-doc-previous = 上一步
when-doc-hand-over = 移交
when-doc-signed = 簽收
when-doc-returned = 歸還
when-doc-closed = 歸檔
when-doc-received = 收文日期
when-doc-loss = 遺失或損壞
rule-doc-empty = `{ $key }` 空白：登記的公文須寫明是甚麼、誰發來、存放何處
rule-doc-handed-twice = { $id } 在前一位保管人歸還之前又被移交（第 { $n } 次移交）
rule-doc-unsigned = { $id } 於 { $day } 移交給 { $who }，一直未簽收：請登記簽收（`svc doc sign { $id }`）
rule-doc-closed-while-out = { $id } 在仍被借出、或記錄遺失之後歸檔
rule-doc-loss-note = 遺失記錄沒有說明：請寫下發生了甚麼
value-harm-lost = 遺失
value-harm-damaged = 損壞

## 室與崗位（SC-3.1）

count-rooms = 共 { $n } 個室
room-no-posts = svc.toml 未列出崗位（SC-3.1）
column-functions = 職能
column-posts = 崗位數
column-people = 人數
column-post = 崗位
rule-room-no-posts = { $room } 室沒有列出崗位及其職責（svc.toml 的 `[[rooms.posts]]`）
rule-post-empty = { $room } 室的第 { $n } 個崗位須有名稱及至少一項職責

## 與客戶面談（CC-4.1、CC-4.3）

meeting-stage = { $stage ->
        [explanation] 當面向客戶解釋
       *[analysis] 為分析原因與客戶面談
    }
complaint-met = { $id }：{ $stage }
column-meeting = 面談
when-meeting = 面談
rule-meeting-stage = { $id } 的責任判定與此次面談（{ $stage }）不符：解釋用於客戶責任，面談分析用於本中心責任
rule-meeting-by = { $who } 不得就 { $id } 進行此次面談（{ $stage }）：解釋由受理的室或協調辦進行，分析面談由協調辦進行
rule-meeting-said = 面談沒有記錄內容：請寫下談了甚麼
todo-removal-notice = 通知派駐單位撤離決定
todo-circulate = 通報批評
todo-sign-document = 簽收「{ $title }」
todo-submit-review = 把 { $year } 年的統計提交管理評審
init-next = 下一步：編輯 svc.toml（室、職員、假日），然後 `git init` 並提交；`svc check` 會檢查它
io-cannot-create = 無法建立 { $path }
io-cannot-write = 無法寫入 { $path }
io-cannot-read = 無法讀取 { $path }
io-cannot-list = 無法列出 { $path }
io-cannot-edit = 無法編輯檔案：{ $error }
io-write-failed = 無法寫入 { $path }：{ $error }
sync-local-file = 本地提交中的一個檔案
column-sender = 發文單位
column-conduct-rule = 行為規範

## The step transaction (src/ops/step.rs)
step-git-busy = { $step }：另一個 git 指令（程序 { $pid }）正佔用 { $lock }：未寫入任何內容；請等它結束後再執行這個步驟
step-git-lock-left = { $step }：git 留下了 { $lock }，而目前沒有 git 指令在執行：請用 `rm { $lock }` 刪除它，再執行這個步驟；未寫入任何內容
step-conflict = { $step }：在這個步驟執行期間的提交 { $commit } 改動了 { $path }：未寫入任何內容；請依新的紀錄再執行這個步驟
step-failed = { $step } 未記錄（{ $error }）：未寫入任何內容；問題解決後請再執行這個步驟
step-index-not-updated = { $step } 已提交為 { $commit }，但 git 的索引未能更新（{ $error }）：在任何 `git commit` 之前請先執行 `svc repair`
step-unfinished = { $step } 尚未完成（{ $error }）：下一個 svc 指令（例如 `svc repair`）會完成它
step-head-keeps-moving = 步驟執行期間 HEAD 一再移動
repair-git-lock-removed = 已刪除被中斷的步驟留下的 { $lock }
check-staged-reversion = git 的索引中 { $path } 與 HEAD 不同，而檔案本身與提交的相同：下一次 `git commit` 會復原或刪除一個步驟；`svc repair` 會修正索引（或用 `git restore --staged -- { $path }`）
check-uncommitted = { $path } 目前的內容尚未提交：用 `git add -- { $path }` 再 `git commit` 提交，或用 `git restore --staged --worktree -- { $path }` 撤銷修改
repair-index-restored = git 的索引中 { $path } 已恢復為與 HEAD 相同
history-base-not-ancestor = --base { $base } 不是 HEAD 的祖先：其下的歷史已被改寫（amend、rebase、強制推送）；請對分支真正的起點檢查
history-added-twice = { $id } 由兩條工作線上的兩個提交新增（{ $commits }）：一個編號下有兩份記錄，合併只會保留其中一個檔案；合併時用 `svc renumber` 給其中一份新的編號
history-dated-before-parent = 提交 { $commit } 的日期早於其父提交：手動設定的日期不能讓步驟看似準時記錄
history-config-not-by-admin = svc.toml 的 { $sections } 由 { $author } 更改，此人既非協調辦主任，也不在 `[git] config_admins` 之列（依更改前的 svc.toml）
history-unparseable = 這個版本的記錄（提交 { $commit }）無法解析：其步驟無法與下一版比對；每個提交都必須保存有效的記錄
key-not-admin = { $who } 不可更改 svc.toml 的人員：簽署金鑰由協調辦主任（或 `[git] config_admins` 所列的人）新增
key-not-a-key = { $path } 沒有 SSH 公開金鑰（形如 `ssh-ed25519 AAAA… 姓名` 的一行）
key-not-in-config = { $id } 不在 svc.toml 的 [[staff]] 中
key-added = { $who } 的簽署金鑰已寫入 svc.toml（{ $key }）；此人在這台電腦上的步驟今後以它簽署
key-exists = { $path } 已存在：每人在這台電腦上只有一把金鑰
key-no-ssh-keygen = 建立金鑰需要 ssh-keygen（OpenSSH）
key-not-created = ssh-keygen 未建立金鑰；未寫入任何內容
history-not-signed = { $who } 的步驟所在的提交未以其金鑰簽署（`svc key add`）：未簽署的提交只證明它自稱的電郵
policy-out-of-range = `[policy] { $key } = { $value }` 超出中心可能採用的範圍（{ $min } 至 { $max }）：請在 svc.toml 中改正
journal-not-a-file = { $journal } 不是一般檔案（FIFO、裝置或連結）：svc 不會讀取它；請刪除後再執行這個步驟
check-special-file = 不是一般檔案（以記錄命名的 FIFO、socket 或裝置）：svc 不會開啟它；請刪除
repo-directory-broken = svc.toml 重複列出了人員或項目（{ $problems }）：修正之前任何步驟都不會執行，以免以錯誤的人員身分操作或提交；`svc check` 會指出位置
date-out-of-range = `{ $text }` 超出 svc 保存的年份（1900 至 2200）：年份是否打錯了？

# The steps as `svc log` names them (each kind's recorded steps).
act-logged-by = 登記
act-triage-by = 責任判定
act-analysis-by = 原因分析
act-closing-by = 結案
act-meetings-by = 第 { $n } 次客戶面談
act-opened-by = 開立
act-rounds-actions-added-by = 第 { $n } 輪第 { $m } 項措施新增
act-rounds-actions-done-by = 第 { $n } 輪第 { $m } 項措施完成
act-rounds-completed-by = 第 { $n } 輪回報完成
act-rounds-verification-by = 第 { $n } 輪驗證
act-reminders-by = 第 { $n } 次催辦
act-requested-by = 申請
act-steps-by = 第 { $n } 步審批
act-cancelled-by = 撤銷
act-received-by = 收文
act-hand-overs-by = 第 { $n } 次移交
act-closed-by = 歸檔
act-loss-by = 報失
act-recorded-by = 記錄
act-by = 記錄
act-proposed-by = 提議
act-decision-by = 決定
act-notified-by = 通知
act-circulated-by = 通報

# Questions past intake (issue 19).
ask-no = 否
ask-who-are-you = 你是誰？
ask-customer = 客戶姓名（可留空）
ask-contact = 聯絡方式（可留空）
ask-wants-reply = 客戶要求答覆嗎？（是/否）
ask-track-what = 要記錄什麼
ask-add-action = 新增一項措施
ask-mark-done = 第 { $n } 項措施已完成：{ $text }（期限 { $due }）
ask-action = 措施內容
ask-action-kind = 措施類別
ask-action-due = 計劃完成日期（YYYY-MM-DD）
ask-verdict = 措施有效嗎？
ask-verify-note = 驗證了什麼、結果如何
capa-action-number-shown = 第 { $n } 項措施
capa-round-complete-shown = 本輪回報完成
ask-reject-reason = 不予批准的理由
ask-conduct-which = 記錄顯示
ask-conduct-other = 其他人員或其他條件
ask-conduct-staff = 對象
ask-conduct-ground = 依據條件
ask-conduct-kind = 獎懲種類
ask-conduct-note = 事實經過
ask-decision = 決定
ask-decision-note = 決定的說明（可留空）

next-analyse = 協調辦查明原因、指定責任人（CC-4.3）

next-close = 協調辦在投訴單上寫上處理結果並結案（CC-4.7）

next-new-actions = 責任人新增本輪的措施（CC-4.6）

next-step = 下一步：{ $what }
ask-forms = 投訴箱內有幾張表格
menu-hello = { $who }，{ $day }。用 ↑↓ 選擇，按 Enter 鍵確定，按 Esc 鍵離開。
menu-prompt = 要做什麼？
menu-todo = 待辦：
menu-nothing-waiting = 目前沒有你的待辦。
menu-new-complaint = 登記新投訴或表揚（CC-4.2）
menu-leave = 請假（ATT-2）
menu-conduct = 提出獎懲（RP-1 至 RP-3）
menu-queries = 查詢
menu-quit = 離開
menu-query-todo = 我的待辦
menu-query-complaints = 本年投訴一覽
menu-query-capa = 本年糾正預防措施一覽
menu-query-leave = 我的假條
menu-query-conduct = 本年獎懲一覽
menu-query-stats = 本年統計
menu-back = 返回
ask-about = 客戶投訴的是誰？
ask-about-nobody = 未指名或不涉及個人
ask-evidence = 依據的記錄（編號，以空格分隔；可留空）
column-done = 完成
column-action = 措施
column-completed = 完成
form-customer = { $who }（{ $reply }）
check-folder-in-year = records/{ $folder }/ 的年度資料夾裡有一個資料夾：年度資料夾只放記錄檔案，這個資料夾不會被讀取；請把它移走
