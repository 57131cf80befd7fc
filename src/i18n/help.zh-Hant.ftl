# 命令與選項的說明（繁體中文）。英文原文在程式的文件註解中；id 由命令路徑而來
# （cmd-complaint-new、arg-complaint-new-room），各處意思相同的選項共用一個 id（arg-repo）。
# 有測試檢查每條說明都已翻譯，且這裡沒有多餘的 id。

## 命令

cmd-svc = 服務中心程序：每筆記錄一個 TOML 檔案，存於 git
cmd-help = 顯示本說明或指定命令的說明
cmd-init = 建立記錄庫：附範例的 svc.toml、記錄資料夾、schema
cmd-complaint = 客戶投訴/意見單與客戶投訴一覽表（CC-4.1 至 CC-4.7）
cmd-complaint-new = 填寫新的投訴單（CC-4.1、CC-4.2）；標準輸出只印出其編號
cmd-complaint-triage = 判定責任屬誰（CC-4.1）
cmd-complaint-analyse = 協調辦：登記原因、指定責任人、開立糾正預防措施（CC-4.3）；印出措施編號
cmd-complaint-close = 協調辦：把經驗證的處理結果寫在投訴單上並結案（CC-4.7）
cmd-complaint-list = 客戶投訴一覽表（CC-6）
cmd-complaint-show = 整張投訴單及其糾正預防措施
cmd-capa = 糾正和預防措施跟蹤報告：措施、完成、驗證、催辦（CC-4.3 至 CC-4.6）
cmd-capa-track = 新增一項措施及其計劃完成日期，或標記某項已完成（CC-4.4）
cmd-capa-complete = 責任人報告本輪措施已完成（CC-4.4）
cmd-capa-verify = 協調辦：在工作日期限內驗證效果（CC-4.5、CC-4.6）
cmd-capa-remind = 協調辦：對逾期的糾正預防措施記錄一次催辦（RP-2 P4、RP-3 R4）
cmd-capa-list = 全部糾正預防措施跟蹤報告，及各自在等甚麼
cmd-capa-show = 整份跟蹤報告
cmd-leave = 按職務與天數分流審批的請假條（ATT-2 至 ATT-4）
cmd-leave-request = 請假；印出假條編號，並在標準錯誤輸出列出工作日數與審批流程
cmd-leave-approve = 批准假條的下一步（或以 --reference 記錄派駐單位的審批）
cmd-leave-reject = 在下一步不予批准假條
cmd-leave-file = 把已批准的假條交協調辦備案
cmd-leave-cancel = 在休假開始前撤銷假條
cmd-leave-list = 請假條一覽，可篩選
cmd-leave-show = 一張假條及其審批流程：已辦與待辦的步驟
cmd-attendance = 考勤：遲到早退缺勤、各室月度考勤表及其報送（ATT-1、ATT-5）
cmd-attendance-incident = 記錄一次遲到、早退或缺勤（ATT-1）；印出其編號
cmd-attendance-month = 月度考勤表，每人一行（ATT-5）
cmd-attendance-dispatch = 記錄某室的月度考勤表已報送（ATT-5）；印出其編號
cmd-conduct = 獎懲：提議、決定、建議名單（RP-1 至 RP-3）
cmd-conduct-propose = 協調辦：按所列條件提議一項表揚或處分；印出其編號
cmd-conduct-decide = 有權決定者批准或否決（RP-1、RP-3：常務副主任；RP-2：副主任）
cmd-conduct-notify = 記錄致當事人派駐單位的函件：書面表揚（RP-1）或撤離（RP-3）
cmd-conduct-list = 提議與決定一覽，可篩選
cmd-conduct-show = 一項提議及其證據與決定
cmd-conduct-history = 某人歷年的獎懲
cmd-conduct-suggest = 記錄已顯示符合某條件的人員及證據；不作任何決定
cmd-stats = 統計：年度投訴統計報告（CC-4.8）、月度考勤（ATT-5）
cmd-stats-yearly = CC-4.8 的客戶投訴統計分析報告，取自投訴一覽表
cmd-stats-monthly = 某月各室考勤統計（ATT-5）
cmd-completions = 印出某種 shell 的 Tab 補全腳本（bash、zsh、fish、powershell、elvish）
cmd-man = 印出手冊頁（roff）
cmd-fix-encoding = 把存成 GBK 或 Big5 的記錄檔轉為 UTF-8，並列出改動的行
cmd-todo = 截至當日等你處理的事（加 --all 則為所有人的）
cmd-check = 按程序檢查 svc.toml 與每筆記錄；CI 執行的就是它
cmd-schema = 寫出或核對 svc.toml 與各類記錄的 JSON Schema
cmd-repair = 完成被中斷的步驟，並清除中斷寫入留下的暫存檔
cmd-key = 人員的簽署金鑰：共用電腦上的步驟以每人自己的金鑰簽署（GIT-4）
cmd-key-add = 建立（或登記）某人的 SSH 簽署金鑰：私鑰留在這台電腦的 .svc/keys/ 下，公鑰寫入 svc.toml；由協調辦主任執行（GIT-6）
cmd-log = 一筆記錄在 git 中的歷史：每次提交、作者、新增的步驟
cmd-sync = 共享記錄：取回、重放本地步驟（已被佔用的編號重新編號）、推送
cmd-renumber = 兩邊都新增了記錄的 git 合併之後：保留我方，為對方重新編號
cmd-generate = 生成一個逼真的中心（基準測試、測試用）
cmd-floor = 只走訪、讀取並解析每個記錄檔：基準測試的下限

## 全域選項

arg-help = 顯示說明
arg-version = 顯示版本
arg-repo = 記錄庫（含 svc.toml 的資料夾）；預設：從目前資料夾向上尋找
arg-actor = 誰在操作：svc.toml 中的職員編號；預設：$SVC_USER，其次是你的 git user.email
arg-date = 步驟發生的日期；預設：$SVC_TODAY，其次是今天
arg-no_commit = 寫入檔案但不提交（在 git 工作目錄中每個步驟都由操作者提交一次；svc.toml 的 `[git] commit = false` 可長期關閉）
arg-lang = 訊息與說明的語言：zh-Hant（繁體，預設）、zh-Hans（简体）或 en；預設取 svc.toml 的 `[centre] lang`，其次是系統語言（LANG）

## 共用選項

arg-list_format = table（給人看）、csv（給試算表）或 json（給程式）
arg-show_format = `table`（逐行列出記錄）或 `json`
arg-stats_format = table、csv、json、html（可列印的網頁）或 xlsx（Excel 與 LibreOffice 活頁簿：每表一個工作表，數字即數字，柏拉圖為原生圖表；須配合 --output）
arg-no_bom = CSV 不加 UTF-8 位元組順序標記（給程式而非試算表用）
arg-output = 寫到這個檔案，而非標準輸出
arg-all = 所有人的，而不只是你的（協調辦的視角）
arg-attendance-dispatch-month = YYYY-MM
arg-attendance-month-month = YYYY-MM
arg-stats-monthly-month = YYYY-MM

## 投訴

arg-summary = 客戶說了甚麼；在終端機上未填時會詢問
arg-channel = 投訴的渠道；在終端機上未填時會詢問
arg-complaint-new-room = 投訴涉及的室（編號或名稱）；在終端機上會詢問
arg-complaint-new-customer = 客戶姓名（只留在投訴單上，不入統計）
arg-contact = 聯絡客戶的方式
arg-remedy = 客戶要求的處理
arg-received = 收到的日期；預設：步驟的日期（--date）
arg-wants_reply = 客戶希望處理後得到答覆（CC-4.7）
arg-praise = 這張單是對這位職員的表揚，不是投訴（RP-1 C1）
arg-ours = 屬本中心責任：交協調辦分析
arg-complaint-triage-customer = 屬客戶自身責任：已向客戶解釋，投訴就此結束
arg-complaint-triage-note = 向客戶所作的解釋（與 --customer 同用時必填）
arg-cause_category = svc.toml 的 `[complaints]` 中所列的原因類別，填編號或名稱；在終端機上會詢問
arg-cause = 分析查明的原因；在終端機上會詢問
arg-complaint-analyse-responsible = 將負責糾正預防措施的人（編號或姓名）；在終端機上會詢問
arg-interview = 與客戶面談的記錄
arg-result = 寫在投訴單上的結果：經驗證的改正，或所作的解釋；在終端機上會詢問
arg-reply_via = 答覆客戶的方式（客戶要求答覆時必填）
arg-reply = 答覆客戶的內容
arg-replied_on = 答覆的日期；預設：步驟的日期（--date）
arg-complaint-list-mine = 只列你的：你填寫的，或由你負責的
arg-complaint-list-responsible = 只列由這位職員負責的投訴
arg-complaint-list-year = 只列這一年收到的投訴

## 糾正和預防措施

arg-action = 要新增的措施
arg-done = 標記本輪第 N 項措施已完成
arg-effective = 措施有效：糾正預防措施關閉
arg-not_effective = 措施無效：須展開新一輪措施（CC-4.6）
arg-capa-verify-note = 查核了甚麼、發現了甚麼
arg-capa-list-mine = 只列你的：由你負責的
arg-capa-list-responsible = 只列由這位職員負責的糾正預防措施
arg-capa-list-year = 只列這一年開立的糾正預防措施
arg-overdue = 只列當日（--date）逾期的：措施過了計劃日期，或驗證過了期限

## 請假與考勤

arg-leave-request-staff = 請假人的職員編號；在終端機上會詢問（預設是你）
arg-leave-request-kind = 在終端機上未填時會詢問
arg-leave-request-from = 開始離開的時間：日期（如 2026-03-03，自當日上班起）、"2026-03-03 上午"、"2026-03-03 下午" 或 "2026-03-03 14:00"
arg-leave-request-to = 最後離開的時間：日期（至當日下班）、"2026-03-03 上午"、"2026-03-03 下午" 或 "2026-03-03 14:00"
arg-retroactive = 休假開始後才補填的假條（補假，ATT-3）
arg-leave-approve-reference = 派駐單位的文號，記錄其審批時使用（ATT-2、ATT-4）
arg-leave-list-mine = 只列你自己的假條
arg-leave-list-month = 只列在這個月有離開時間的假條（YYYY-MM）
arg-attendance-incident-on = 發生的工作日；預設：步驟的日期（--date）
arg-minutes = 遲到或早退的分鐘數
arg-correction = 月度考勤表報送後才記錄的原因（ATT-5）

## 獎懲

arg-evidence = 所依據的記錄（CMP-…、CAPA-…、INC-…、RP-…）或月度考勤表（SHEET-2026-03）
arg-unit = 致函的派駐單位；預設：svc.toml 中當事人的單位
arg-conduct-list-year = 這一年提議的
arg-conduct-suggest-year = 要看的年份；預設：當日（--date）所在的年份

## 統計

arg-stats-yearly-year = 預設：當日（--date）所在的年份
arg-centres = 一併統計的其他中心的記錄庫（每中心一欄，另加合計）；不填則只統計本中心

## 檢查與其他

arg-check-files = 只報告這些檔案（仍讀取整個記錄庫，跨記錄的規則照常成立）：pre-commit 掛鉤傳入的就是它們
arg-format = human（`檔案:行:列: 嚴重性[條款]: 訊息 (規則)`，每行一條）、json、github（在改動的行上標註）或 gitlab（程式碼品質報告）
arg-allow = 接受這條規則的發現（可重複）：不顯示也不計數，用於已知且有意如此的記錄庫（如示範資料中逾期的措施）
arg-deny_warnings = 有警告也失敗（退出碼 1）
arg-base = 同時對 REV..HEAD 的每次提交套用歷史規則（GIT-1 至 GIT-4）：CI 在合併請求或推送時執行的就是它
arg-require_signatures = 與 --base 同用：每個步驟還須以 svc.toml 中其操作者的金鑰簽署（`svc key add`），合併者的提交則以 svc.toml 所列的金鑰簽署（GIT-4）
arg-verify_authors = 與 --base 同用：每個步驟都須由其操作者提交，或由 svc.toml 的允許簽署者檔案為其列出的金鑰簽署（GIT-4）
arg-list_rules = 列出每條規則（名稱、條款、嚴重性、是否取決於日期、要求甚麼），而不作檢查
arg-procedures = 以 Markdown 印出程序及各條款下的規則（`docs/procedures.md` 就是這個輸出）
arg-ci = 另寫一份執行 `svc check --base` 並加註標記的 CI 設定：github（`.github/workflows/svc-check.yml`）或 gitlab（`.gitlab-ci.yml`）；在已有的記錄庫中只寫這一份
arg-init-dir = 建立在哪裡；預設：目前資料夾
arg-shell = bash、zsh、fish、powershell 或 elvish
arg-fix-encoding-files = 要轉換的檔案
arg-fix-encoding-from = 檔案存檔時的編碼（兩種讀法都可能時使用）：gbk（簡體：GB 2312 / GBK / GB 18030）或 big5（繁體）
arg-check = 只作比較：有與本 svc 生成結果不同的檔案時退出碼 1 並列出
arg-schema-dir = schema 所在的資料夾
arg-log-id = 記錄編號：CMP-…、CAPA-…、LV-…、INC-…、DSP-… 或 RP-…
arg-no_push = 重放並重新編號，但不推送
arg-generate-dir = 放置這個中心的空（或新）資料夾
arg-records = 大約要寫多少個記錄檔（各類都有）
arg-floor-dir = 要讀取的記錄庫

## 範例中的註解

example-complaint-new-1 = 在終端機上：詢問渠道、室與內容
example-complaint-triage-1 = 在終端機上：詢問責任屬誰
example-complaint-close-1 = 在終端機上：詢問處理結果，如客戶要求則一併詢問答覆
example-capa-verify-1 = 開立第 2 輪
example-leave-request-1 = 在終端機上：詢問假別、日期與事由（請假人：你）
example-leave-approve-1 = 派駐單位的審批

## 投訴箱

cmd-box = 投訴箱：協調辦每個工作日的收集（CC-4.2）
cmd-box-collect = 協調辦：記錄今天開啟投訴箱的收集（CC-4.2）；印出其編號
cmd-box-list = 各次收集，按日期，及各次登記的投訴箱意見單
cmd-box-show = 一次收集
arg-forms = 箱內有幾張意見單
arg-box-list-month = 只列這個月的收集（YYYY-MM）
arg-collected = 來自投訴箱的意見單：開箱收集的日期（CC-4.2）；預設：收到當天或之前最近一次有記錄的收集

## 巡查

cmd-inspection = 崗位巡查：表現良好與違規，獎懲的證據（SC-4.1）
cmd-inspection-record = 記錄巡查時在某人崗位上所見（SC-4.1）；印出其編號
cmd-inspection-list = 巡查記錄一覽，可篩選
cmd-inspection-show = 一次巡查
arg-good = 表現良好（可作書面表揚 C2/C3 的證據），而非違規
arg-inspection-record-note = 所見的情況
arg-inspection-record-on = 巡查的工作日；預設：步驟的日期（--date）
arg-inspection-list-year = 只列這一年的巡查
arg-submit = 協調辦負責人：記錄截至當日（--date）的這些數字已提交管理評審（CC-4.8）；印出提交記錄的編號
cmd-conduct-circulate = 協調辦：記錄已決定的通報批評已經通報（RP-2）
arg-conduct-circulate-note = 通報的方式：公告欄、全體會議、通報文件

## 培訓與持證上崗

cmd-training = 培訓：人員參加過的課程（SC-3.2）
cmd-training-record = 協調辦：記錄某人參加的課程（SC-3.2）；印出其編號
cmd-training-list = 培訓與持證上崗記錄，某人的或全部
cmd-qualify = 協調辦：確認窗口人員持證上崗（SC-3.2）；印出其編號
arg-hours = 參加的時數
arg-certificate = 證書編號
arg-training-record-on = 課程日期（多天課程取最後一天）；預設：步驟的日期（--date）
arg-qualify-on = 自哪一天起可上崗服務；預設：步驟的日期（--date）

## 公文登記

cmd-doc = 公文登記：收文、移交、簽收、保管（RP-2 P3）
cmd-doc-receive = 登記收到的公文（由你簽收）；印出其編號
cmd-doc-hand-over = 把公文移交給某人（須已從上一位保管人處歸還）
cmd-doc-sign = 接收人簽收移交給他的公文
cmd-doc-return = 公文已歸還原存放處
cmd-doc-close = 公文辦結歸檔
cmd-doc-loss = 記錄公文遺失或損壞，及當時由誰保管（RP-2 P3）
cmd-doc-list = 公文登記簿
cmd-doc-show = 一份公文及其移交記錄
arg-doc-receive-from = 發文單位
arg-number = 發文單位的文號
arg-kept = 存放處
arg-doc-loss-responsible = 當時由誰保管

## 室

cmd-room = 室：職能、崗位及其職責、人員（SC-3.1）
cmd-room-list = 各室，及其職能、崗位數與人數
cmd-room-show = 一個室：職能、每個崗位及其職責、人員（SC-3.1）
arg-room-show-room = 室（編號或名稱）
cmd-complaint-meet = 記錄與客戶的面談：經辦人當面解釋（CC-4.1），或協調辦為分析原因與客戶面談（CC-4.3）
arg-said = 談了甚麼
arg-key-add-staff = 此人的職員編號
arg-public = 登記這個現有的公開金鑰，而不在這裡建立金鑰
arg-no_passphrase = 建立不設密碼的金鑰（供自動化與測試；共用電腦上個人的金鑰應設密碼）
arg-capa-remind-due = 須完成的期限；預設：下一個工作日。到期仍未完成即屬 P4（第二次催辦後屬 R4）
arg-capa-track-due = 計劃完成日期
arg-stats-yearly-reason = 與 --submit 並用，該年已提交過時：重新提交的原因（數字有變）。新提交取代最近一次，舊的保留
arg-reminder_days = 同時為此解讀之前寫下、未定期限的每次催辦（RP-2 P4、RP-3 R4）補上預設期限，即催辦後的下一個工作日：一次提交，只改動相關的行
arg-about_nobody = 協調辦認定沒有被投訴人（原因是物或規定）
arg-complaint-analyse-about = 協調辦認定的被投訴人（編號或姓名；多人可重複）；預設：確認表上所寫。責任人負責改正，並不因此成為被投訴人（RP-2 P1）
arg-complaint-new-about = 客戶投訴的工作人員（被投訴人；編號或姓名；多人可重複）。不知道、或原因是物時不填
arg-complaint-triage-about = 客戶投訴的工作人員（編號或姓名；多人可重複）：寫明或更正表上所寫
cmd-staff = 職員名冊：編號、姓名、所屬室與角色（凡要填編號之處都可改填姓名）
cmd-staff-list = svc.toml 中的所有人：編號、姓名、所屬室與角色（凡要填編號之處都可改填姓名）
cmd-whoami = svc 認為你是誰（依 --as、SVC_USER 或你的 git user.email）
arg-staff-list-room = 只列這個室的人（編號或名稱）
arg-command = 要印出哪個命令的說明頁（`svc man complaint new`）；預設：svc 本身
arg-man-dir = 改為把所有說明頁（svc.1、svc-complaint.1、svc-complaint-new.1……）寫到 DIR
arg-conduct-propose-note = 事實經過，以提議人的話寫；在終端機上會詢問
arg-conduct-propose-staff = 對象（編號或姓名）；在終端機上從記錄顯示的人員或職員名冊中選擇
arg-leave-reject-reason = 不予批准的理由；在終端機上會詢問
arg-approve = 批准這項提議
arg-attendance-dispatch-note = 報送方式
arg-attendance-dispatch-room = 報送考勤表的室（編號或名稱）
arg-attendance-dispatch-to = 報送派駐單位或協調辦
arg-attendance-incident-kind = 遲到、早退或缺勤
arg-attendance-incident-note = 經過
arg-attendance-incident-staff = 對象（編號或姓名）
arg-attendance-month-room = 只列這個室（編號或名稱）；預設：每個室
arg-box-collect-note = 投訴箱的備註
arg-capa-complete-id = 糾正預防措施跟蹤表編號（CAPA-…）
arg-capa-list-status = 只列這個狀態的糾正預防措施
arg-capa-remind-id = 糾正預防措施跟蹤表編號（CAPA-…）
arg-capa-remind-note = 如何催辦（電話、便條）
arg-capa-track-id = 糾正預防措施跟蹤表編號（CAPA-…）
arg-capa-track-kind = 糾正（消除這次投訴的原因）或預防（防止再次發生）
arg-capa-verify-id = 糾正預防措施跟蹤表編號（CAPA-…）
arg-complaint-analyse-id = 投訴單編號（CMP-…）
arg-complaint-close-id = 投訴單編號（CMP-…）
arg-complaint-list-room = 只列有關這個室的投訴單（編號或名稱）
arg-complaint-list-status = 只列這個狀態的投訴單
arg-complaint-meet-id = 投訴單編號（CMP-…）
arg-complaint-triage-id = 投訴單編號（CMP-…）
arg-conduct-circulate-id = 獎懲提議編號（RP-…）
arg-conduct-decide-id = 獎懲提議編號（RP-…）
arg-conduct-decide-note = 決定的說明
arg-conduct-history-staff = 誰的獎懲記錄（編號或姓名）
arg-conduct-list-kind = 只列這種獎懲
arg-conduct-list-staff = 只列這個人的（編號或姓名）
arg-conduct-list-status = 只列這個狀態的提議
arg-conduct-notify-id = 獎懲提議編號（RP-…）
arg-conduct-propose-kind = 表揚或處分的種類；須為該條件所允許的
arg-conduct-suggest-month = 只看這個月（YYYY-MM）；預設：全年
arg-course = 課程名稱
arg-damaged = 已損壞
arg-doc-close-id = 公文編號（DOC-…）
arg-doc-hand-over-id = 公文編號（DOC-…）
arg-doc-hand-over-to = 接收人（編號或姓名）
arg-doc-loss-id = 公文編號（DOC-…）
arg-doc-loss-note = 經過
arg-doc-return-id = 公文編號（DOC-…）
arg-doc-sign-id = 公文編號（DOC-…）
arg-ground = 所依據的條件，即程序所列各項（RP-1 至 RP-3）
arg-inspection-list-rule = 只列這項行為規範
arg-inspection-list-staff = 只列這個人的（編號或姓名）
arg-inspection-record-rule = 所涉的行為規範（SC-4.1）
arg-inspection-record-staff = 被巡查的人（編號或姓名）
arg-leave-approve-id = 假條編號（LV-…）
arg-leave-approve-note = 批准時的說明
arg-leave-cancel-id = 假條編號（LV-…）
arg-leave-cancel-note = 撤銷的原因
arg-leave-file-id = 假條編號（LV-…）
arg-leave-list-kind = 只列這種假別
arg-leave-list-room = 只列這個室人員的假條（編號或名稱）
arg-leave-list-staff = 只列這個人的假條（編號或姓名）
arg-leave-list-status = 只列這個狀態的假條
arg-leave-reject-id = 假條編號（LV-…）
arg-leave-reject-reference = 派駐單位的文號（由派駐單位不予批准時）
arg-leave-request-reason = 事由；在終端機上會詢問
arg-lost = 已遺失
arg-qualify-staff = 取得上崗資格的窗口人員（編號或姓名）
arg-reject = 不予批准
arg-title = 公文標題
arg-training-list-staff = 只列這個人的（編號或姓名）
arg-training-record-staff = 參加的人（編號或姓名）
arg-box-show-id = 要查看的記錄編號（CMP-…、CAPA-…、LV-…）
arg-capa-show-id = 要查看的記錄編號（CMP-…、CAPA-…、LV-…）
arg-complaint-show-id = 要查看的記錄編號（CMP-…、CAPA-…、LV-…）
arg-conduct-show-id = 要查看的記錄編號（CMP-…、CAPA-…、LV-…）
arg-doc-show-id = 要查看的記錄編號（CMP-…、CAPA-…、LV-…）
arg-inspection-show-id = 要查看的記錄編號（CMP-…、CAPA-…、LV-…）
arg-leave-show-id = 要查看的記錄編號（CMP-…、CAPA-…、LV-…）
arg-text_from = 投訴單與糾正預防措施的文字（內容、原因、措施、結果、答覆、客戶）取自這個中心的記錄（示範的 `records/`），使生成的記錄帶有真實表單的文字；不填則用簡短的虛構文字
