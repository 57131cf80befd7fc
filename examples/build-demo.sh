#!/usr/bin/env bash
# Rebuilds the demo records of 2026 by running svc itself, step by step, on the dates the
# steps happened. Every file under records/ is what svc wrote; nothing is typed by hand.
#
#   rm -rf records && cargo build --release && examples/build-demo.sh
#
# Each line of the table below is one complaint and how far it got:
#   received   written down only (CC-4.1 pending)
#   explained  the customer's responsibility, explained (CC-4.1)
#   accepted   the centre's responsibility, waiting for analysis (CC-4.3)
#   open       analysed, CAPA actions under way (CC-4.4)
#   awaiting   completion reported, verification pending (CC-4.5)
#   closed     verified effective and closed (CC-4.7)
set -euo pipefail
cd "$(dirname "$0")/.."
SVC=${SVC:-target/release/svc}
[ -x "$SVC" ] || { echo "build first: cargo build --release" >&2; exit 1; }
if [ -n "$(ls records/complaints 2>/dev/null)" ]; then
  echo "records/ already holds complaints: remove it first (rm -rf records)" >&2
  exit 1
fi
export SVC_REPO=.
export SVC_NO_COMMIT=1   # the demo lives inside the project's own repository
svc() { "$SVC" "$@" 2>/dev/null; }

# DATE plus N days, moved on past a Saturday or Sunday.
day() {
  local d
  d=$(date -d "$1 + $2 day" +%F)
  while [ "$(date -d "$d" +%u)" -ge 6 ]; do d=$(date -d "$d + 1 day" +%F); done
  echo "$d"
}

# A coordination-office clerk logs what comes by phone, box, letter or e-mail; window staff
# log what is said to them in person.
office() { if [ "$(( $(date -d "$1" +%-d) % 2 ))" = 0 ]; then echo S02; else echo S03; fi; }

complaint() {
  local date=$1 room=$2 channel=$3 logger=$4 stage=$5 category=$6 responsible=$7 reply=$8 summary=$9 cause=${10} customer=${11} about=${12}
  [ "$logger" = office ] && logger=$(office "$date")
  local extra=()
  [ "$reply" = yes ] && extra+=(--wants-reply)
  [ -n "$customer" ] && extra+=(--customer "$customer")
  # The person the customer complained about (被投訴人), named at intake; the office
  # confirms it at analysis. Not the responsible person as such: CMP-2026-0024 is about
  # S23 and handled by S22.
  [ -n "$about" ] && extra+=(--about "$about")
  local id
  id=$(svc --as "$logger" --date "$date" complaint new --channel "$channel" --room "$room" --summary "$summary" "${extra[@]}")
  echo "$id $stage" >&2
  [ "$stage" = received ] && return
  if [ "$stage" = explained ]; then
    svc --as "$logger" --date "$date" complaint triage "$id" --customer --note "$cause"
    return
  fi
  svc --as "$logger" --date "$date" complaint triage "$id" --ours
  [ "$stage" = accepted ] && return
  local analysed clerk capa
  analysed=$(day "$date" 1)
  clerk=$(office "$analysed")
  capa=$(svc --as "$clerk" --date "$analysed" complaint analyse "$id" --cause-category "$category" --cause "$cause" --responsible "$responsible")
  svc --as "$responsible" --date "$analysed" capa track "$capa" --action "向客戶說明並改正：$cause" --kind corrective --due "$(day "$analysed" 3)"
  svc --as "$responsible" --date "$analysed" capa track "$capa" --action "室內通報並納入崗位培訓" --kind preventive --due "$(day "$analysed" 7)"
  [ "$stage" = open ] && return
  local done
  done=$(day "$analysed" 2)
  svc --as "$responsible" --date "$done" capa track "$capa" --done 1
  svc --as "$responsible" --date "$done" capa track "$capa" --done 2
  svc --as "$responsible" --date "$done" capa complete "$capa"
  [ "$stage" = awaiting ] && return
  local verified
  verified=$(day "$done" 2)
  svc --as "$clerk" --date "$verified" capa verify "$capa" --effective --note "回訪客戶並抽查窗口，未再發生"
  local via=()
  [ "$reply" = yes ] && via=(--reply-via phone --reply "致電客戶說明改正措施：$cause")
  svc --as "$clerk" --date "$verified" complaint close "$id" --result "已改正並回覆：$cause" "${via[@]}"
}

# The complaint box (CC-4.2): the centre began recording each working day's collection in
# November; the coordination office takes turns. Written before the forms, so that a box
# form names the collection it came from (CMP-2026-0028, 17 November). A weekend or holiday
# is refused by the rules (the box is emptied on working days): the loop skips it.
for d in $(seq 2 27); do
  day=$(printf '2026-11-%02d' "$d")
  who=$([ $((d % 2)) -eq 0 ] && echo S02 || echo S03)
  forms=$([ "$day" = 2026-11-17 ] && echo 1 || echo 0)
  svc --as "$who" --date "$day" box collect --forms "$forms" >/dev/null || true
done
echo "complaint-box collections written" >&2

while IFS='|' read -r date room channel logger stage category responsible reply summary cause customer about; do
  [ -z "$date" ] || [ "${date:0:1}" = "#" ] && continue
  complaint "$date" "$room" "$channel" "$logger" "$stage" "$category" "$responsible" "$reply" "$summary" "$cause" "$customer" "$about"
done <<'TABLE'
# date|room|channel|logger|stage|category|responsible|wants reply|summary|cause or explanation|customer|complained about
2026-01-06|R1|in-person|S11|closed|attitude|S11|yes|窗口人員態度冷淡，問三遍才回答|高峰時段語氣生硬|王先生|S11
2026-01-13|R2|phone|office|closed|delay|S22|yes|發票領購等候超過兩小時|叫號系統故障未及時分流|李女士
2026-01-20|R3|box|office|closed|information|S31|no|報關備案材料清單與網站不一致|網站清單未隨新規更新|
2026-01-27|R5|in-person|S51|explained||||代辦費用為何要另付|第三方收費，已向客戶說明收費依據|趙先生
2026-02-03|R4|email|office|closed|error|S41|yes|外匯登記證上公司英文名拼錯|錄入時未核對原件|Mr. Smith|S41
2026-02-10|R1|in-person|S12|closed|information|S12|no|告知需補材料但未一次說清|未使用一次性告知單|
2026-03-03|R2|letter|office|closed|attitude|S22|yes|稅務窗口人員不耐煩|業務繁忙時未耐心解釋|孫先生|S22
2026-03-17|R5|phone|office|closed|delay|S51|no|證照領取通知遲了一週|通知名單未及時更新|
2026-03-24|R3|in-person|S32|explained||||商檢費用標準質疑|收費依國家標準，已出示文件說明|
2026-04-08|R1|box|office|closed|procedure|S11|no|變更登記被要求重複提交同一份材料|內部流轉單據遺失|
2026-04-21|R4|phone|office|closed|attitude|S42|yes|開戶窗口人員接私人電話|工作時間接聽私人電話|周女士|S42
2026-05-12|R2|in-person|S21|closed|error|S21|no|稅號錄入錯誤導致發票作廢|錄入後未複核||S21
2026-05-26|R5|email|office|closed|facility|S50|no|等候區空調故障無人處理|報修流程無人跟進|
2026-06-09|R1|phone|office|closed|delay|S12|yes|設立登記超過承諾時限三天|材料流轉積壓|吳先生
2026-06-23|R3|box|office|closed|attitude|S31|no|窗口人員與同事閒聊不理客戶|工作時間閒談||S31
2026-07-07|R2|in-person|S23|explained||||要求當場退稅|退稅須按程序審核，已說明時限|
2026-07-14|R4|letter|office|closed|information|S41|no|購匯額度說明前後矛盾|新舊政策口徑未統一|
2026-07-28|R1|in-person|S11|closed|attitude|S11|yes|窗口人員說「自己看牆上」|服務用語不規範|鄭女士|S11
2026-08-11|R5|phone|office|closed|delay|S52|no|代辦件遺漏一項未辦|交接清單未核對|
2026-08-25|R2|email|office|closed|delay|S22|no|網上預約後到場仍需重新排隊|預約號未接入叫號系統|
2026-09-08|R3|in-person|S31|closed|information|S31|yes|不知道需要先做預歸類|未主動告知前置程序|何先生
2026-09-15|R1|box|office|explained||||建議延長午間服務時間|作息由中心統一規定，已轉交管理層參考|
2026-10-13|R4|phone|office|awaiting|error|S42|yes|開戶資料寄錯地址|地址欄位填寫錯誤|馬先生
2026-10-20|R2|in-person|S21|awaiting|attitude|S22|no|窗口人員不戴工作牌|著裝規範未執行||S23
2026-10-27|R5|letter|office|open|procedure|S51|no|同一事項被不同窗口推來推去|首問責任未落實|
2026-11-03|R1|email|office|open|information|S12|yes|網站辦事指南鏈接失效|指南頁面無人維護|楊女士
2026-11-10|R3|phone|office|open|delay|S32|no|查驗預約排到兩週後|查驗人員排班不足|
2026-11-17|R2|box|office|accepted||||發票窗口中午提前停止受理||
2026-11-24|R4|in-person|S41|received||||匯款手續費標示不清||
2026-11-25|R5|phone|office|received||||諮詢電話長時間無人接聽||
TABLE

# CC-4.6: a CAPA that needed a second round. Found not effective, new actions, then effective.
id=$(svc --as S21 --date 2026-04-14 complaint new --channel in-person --room R2 --summary "同一張發票第二次開錯" --customer 林先生 --wants-reply)
svc --as S21 --date 2026-04-14 complaint triage "$id" --ours
capa=$(svc --as S02 --date 2026-04-15 complaint analyse "$id" --cause-category error --cause "開票前未核對購方信息" --responsible S22)
svc --as S22 --date 2026-04-15 capa track "$capa" --action "重開發票並致歉" --kind corrective --due 2026-04-17
svc --as S22 --date 2026-04-15 capa track "$capa" --action "開票後自行核對一遍" --kind preventive --due 2026-04-17
svc --as S22 --date 2026-04-16 capa track "$capa" --done 1
svc --as S22 --date 2026-04-16 capa track "$capa" --done 2
svc --as S22 --date 2026-04-16 capa complete "$capa"
svc --as S02 --date 2026-04-21 capa verify "$capa" --not-effective --note "4月20日同類錯誤再次發生，根本原因未消除"
svc --as S22 --date 2026-04-21 capa track "$capa" --action "開票前雙人覆核購方信息" --kind corrective --due 2026-04-24
svc --as S22 --date 2026-04-21 capa track "$capa" --action "開票核對要點納入新人培訓" --kind preventive --due 2026-04-30
svc --as S22 --date 2026-04-23 capa track "$capa" --done 1
svc --as S22 --date 2026-04-29 capa track "$capa" --done 2
svc --as S22 --date 2026-04-29 capa complete "$capa"
svc --as S02 --date 2026-05-07 capa verify "$capa" --effective --note "兩週抽查 40 張發票無差錯"
svc --as S02 --date 2026-05-07 complaint close "$id" --result "已重開發票，建立雙人覆核" \
  --reply-via phone --reply "已重開發票並致歉，說明今後開票前雙人覆核"
echo "$id second round" >&2

# CC-4.5: a verification made late (completion reported the day before the National Day
# holiday; verified on 2026-10-16, after the 5th working day).
id=$(svc --as S51 --date 2026-09-22 complaint new --channel in-person --room R5 --summary "證照領取處排隊無人引導" --customer 高女士)
svc --as S51 --date 2026-09-22 complaint triage "$id" --ours
capa=$(svc --as S03 --date 2026-09-23 complaint analyse "$id" --cause-category facility --cause "引導崗空缺" --responsible S50)
svc --as S50 --date 2026-09-23 capa track "$capa" --action "恢復引導崗排班" --kind corrective --due 2026-09-28
svc --as S50 --date 2026-09-23 capa track "$capa" --action "引導崗納入每日排班表" --kind preventive --due 2026-09-29
svc --as S50 --date 2026-09-28 capa track "$capa" --done 1
svc --as S50 --date 2026-09-29 capa track "$capa" --done 2
svc --as S50 --date 2026-09-30 capa complete "$capa"
svc --as S03 --date 2026-10-16 capa verify "$capa" --effective --note "節後抽查三天，引導崗在崗"
svc --as S03 --date 2026-10-16 complaint close "$id" --result "已恢復引導崗"
echo "$id late verification" >&2

# Overdue CAPAs with reminders (催辦): one reminder (RP-2 P4), two reminders (RP-3 R4).
id=$(svc --as S03 --date 2026-08-04 complaint new --channel phone --room R3 --summary "報關單退回未說明原因")
svc --as S03 --date 2026-08-04 complaint triage "$id" --ours
capa=$(svc --as S03 --date 2026-08-05 complaint analyse "$id" --cause-category information --cause "退單未附原因說明" --responsible S32)
svc --as S32 --date 2026-08-05 capa track "$capa" --action "退單一律附書面原因" --kind corrective --due 2026-08-12
svc --as S32 --date 2026-08-05 capa track "$capa" --action "退單說明範本納入崗位手冊" --kind preventive --due 2026-08-12
svc --as S03 --date 2026-08-17 capa remind "$capa" --by 2026-08-19 --note "請於 8 月 19 日前完成"
# Finished two days after the day the reminder set: still ground P4 (RP-2, as read).
svc --as S32 --date 2026-08-21 capa track "$capa" --done 1
svc --as S32 --date 2026-08-21 capa track "$capa" --done 2
svc --as S32 --date 2026-08-21 capa complete "$capa"
svc --as S03 --date 2026-08-26 capa verify "$capa" --effective --note "抽查 20 份退單均附原因"
svc --as S03 --date 2026-08-26 complaint close "$id" --result "退單已一律附書面原因"
echo "$id reminded, finished after the reminder's day" >&2
p4=$capa

id=$(svc --as S02 --date 2026-06-02 complaint new --channel box --room R4 --summary "外匯窗口多次讓客戶改天再來")
svc --as S02 --date 2026-06-02 complaint triage "$id" --ours
capa=$(svc --as S02 --date 2026-06-03 complaint analyse "$id" --cause-category delay --cause "個人積壓件未及時處理" --responsible S42)
svc --as S42 --date 2026-06-03 capa track "$capa" --action "清理積壓件並回覆客戶" --kind corrective --due 2026-06-10
svc --as S02 --date 2026-06-15 capa remind "$capa" --note "第一次催辦"
svc --as S02 --date 2026-06-29 capa remind "$capa" --by 2026-07-01 --note "第二次催辦，限 7 月 1 日前完成"
echo "$id overdue, two reminders" >&2

# A reminder never blocks the work: S12 finishes and reports completion on the reminder's day.
id=$(svc --as S02 --date 2026-09-01 complaint new --channel phone --room R1 --summary "變更登記回執遲遲未寄出")
svc --as S02 --date 2026-09-01 complaint triage "$id" --ours
capa=$(svc --as S03 --date 2026-09-02 complaint analyse "$id" --cause-category delay --cause "回執寄送無人跟進" --responsible S12 --about-nobody)
svc --as S12 --date 2026-09-02 capa track "$capa" --action "補寄回執並電話告知" --kind corrective --due 2026-09-04
svc --as S12 --date 2026-09-02 capa track "$capa" --action "回執寄送登記台賬" --kind preventive --due 2026-09-04
svc --as S03 --date 2026-09-07 capa remind "$capa" --note "今日內完成"
svc --as S12 --date 2026-09-07 capa track "$capa" --done 1
svc --as S12 --date 2026-09-07 capa track "$capa" --done 2
svc --as S12 --date 2026-09-07 capa complete "$capa"
svc --as S03 --date 2026-09-09 capa verify "$capa" --effective --note "台賬已建立，回執按日寄出"
svc --as S03 --date 2026-09-09 complaint close "$id" --result "已補寄回執，建立寄送台賬"
echo "$id reminded and completed on the reminder's day" >&2

# CC-4.1 / CC-4.7: the customer's responsibility, explained, and closed with the reply the
# customer asked for.
id=$(svc --as S02 --date 2026-03-10 complaint new --channel phone --room R4 --summary "購匯須本人到場是否刁難" --customer 羅先生 --wants-reply)
svc --as S02 --date 2026-03-10 complaint triage "$id" --customer --note "本人到場為外匯管理規定，已出示條文"
svc --as S02 --date 2026-03-11 complaint close "$id" --result "屬客戶方原因，已解釋規定" \
  --reply-via phone --replied-on 2026-03-11 --reply "電話告知外匯管理規定條文及可預約辦理"
echo "$id explained and closed with a reply" >&2

# ---------------------------------------------------------------------------------------
# Leave slips of every route (ATT-2, ATT-3, ATT-4).
leave() { # requested-on actor staff kind from to reason
  svc --as "$2" --date "$1" leave request --staff "$3" --kind "$4" --from "$5" --to "$6" --reason "$7"
}
step() { # on actor verb id [args...]
  local on=$1 actor=$2 verb=$3 id=$4
  shift 4
  svc --as "$actor" --date "$on" leave "$verb" "$id" "$@"
}

# ATT-3 staff, exactly half a day: a report to the room head, nothing to approve.
leave 2026-02-02 S11 S11 personal "2026-02-03 am" "2026-02-03 am" "辦理房屋過戶" >/dev/null
# ATT-3 staff, leaving the post for two hours: a notice.
leave 2026-09-15 S22 S22 leave-post "2026-09-15 14:00" "2026-09-15 16:00" "到稅務局本部送件" >/dev/null
# ATT-3 staff, exactly one day: the room head approves.
id=$(leave 2026-03-09 S21 S21 sick 2026-03-10 2026-03-10 "發燒就醫")
step 2026-03-09 S20 approve "$id"
# ATT-3 staff, three days: the room head, then the coordination office.
id=$(leave 2026-04-08 S12 S12 personal 2026-04-13 2026-04-15 "回鄉探親")
step 2026-04-08 S10 approve "$id"
step 2026-04-09 S02 approve "$id"
# ATT-3 across a public holiday: Thu 09-24 to Mon 09-28 holds two working days (中秋節).
id=$(leave 2026-09-21 S23 S23 personal 2026-09-24 2026-09-28 "家中有事")
step 2026-09-21 S20 approve "$id"
step 2026-09-22 S03 approve "$id"
# ATT-3 across a make-up working day: Fri 10-09 and the worked Saturday 10-10 are two days.
id=$(leave 2026-10-08 S31 S31 sick 2026-10-09 2026-10-10 "腸胃炎")
step 2026-10-08 S30 approve "$id"
step 2026-10-08 S02 approve "$id"
# ATT-2 room head, exactly one day: a phone notice to the coordination office.
leave 2026-05-18 S40 S40 personal 2026-05-19 2026-05-19 "子女學校家長會" >/dev/null
# ATT-2 room head, two days: the coordination office head approves.
id=$(leave 2026-06-03 S30 S30 personal 2026-06-08 2026-06-09 "陪同家人就醫")
step 2026-06-03 S01 approve "$id"
# ATT-2 room head, five days: the seconding unit, the executive deputy director, filing.
id=$(leave 2026-07-06 S50 S50 sick 2026-07-13 2026-07-17 "手術後休養")
step 2026-07-07 S02 approve "$id" --reference "商務人〔2026〕31號"
step 2026-07-08 D02 approve "$id"
step 2026-07-08 S02 file "$id"
# ATT-4 annual leave through all three steps.
id=$(leave 2026-07-20 S41 S41 annual 2026-08-03 2026-08-07 "年休假")
step 2026-07-20 S02 approve "$id"
step 2026-07-24 S03 approve "$id" --reference "中行人〔2026〕年休 114 號"
step 2026-07-27 S02 file "$id"
# Rejected by the room head.
id=$(leave 2026-10-08 S32 S32 personal 2026-10-12 2026-10-13 "旅遊")
step 2026-10-08 S30 reject "$id" --reason "節後查驗高峰，人手不足"
# Cancelled by the applicant before it started.
id=$(leave 2026-11-16 S51 S51 annual 2026-11-30 2026-11-30 "年休假")
step 2026-11-20 S51 cancel "$id" --note "工作安排調整"
# A retroactive slip (補假): sick on the day, entered the day after, approved.
id=$(svc --as S12 --date 2026-05-07 leave request --staff S12 --kind sick --from 2026-05-06 --to 2026-05-06 --reason "急性腸胃炎，次日補假" --retroactive)
step 2026-05-07 S10 approve "$id"
# Still waiting for the room head.
leave 2026-11-25 S42 S42 personal 2026-12-01 2026-12-02 "搬家" >/dev/null
echo "leave slips written" >&2

# ---------------------------------------------------------------------------------------
# Attendance incidents (ATT-1): S11 late three times in March (fails the month), S22
# absent once in June (fails the month), others within the rule.
incident() { # on keeper staff kind [minutes]
  local extra=()
  [ -n "${5:-}" ] && extra=(--minutes "$5")
  svc --as "$2" --date "$1" attendance incident --staff "$3" --kind "$4" "${extra[@]}" >/dev/null
}
incident 2026-03-03 S10 S11 late 12
incident 2026-03-11 S10 S11 late 25
incident 2026-03-19 S10 S11 late 8
incident 2026-03-24 S10 S12 early 30
incident 2026-05-13 S40 S42 late 15
incident 2026-06-16 S20 S22 absent
incident 2026-06-23 S20 S21 late 5
incident 2026-08-19 S50 S52 early 20
incident 2026-10-21 S30 S32 late 10
incident 2026-10-22 S30 S32 early 15
# ATT-5: an incident found after September's sheet went out, recorded as a correction.
svc --as S20 --date 2026-10-12 attendance incident --staff S21 --kind late --on 2026-09-14 --minutes 20 \
  --correction "考勤機故障，核對門禁記錄後補登" >/dev/null
echo "incidents written" >&2

# ATT-5: every room's sheet of January to October went to both recipients on the first
# working day after the month.
for m in 01 02 03 04 05 06 07 08 09 10; do
  next=$(date -d "2026-$m-01 + 1 month" +%F)
  for room in R1 R2 R3 R4 R5; do
    head=S${room#R}0
    svc --as "$head" --date "$(day "$next" 0)" attendance dispatch "2026-$m" --room "$room" --to coordination-office >/dev/null
    svc --as "$head" --date "$(day "$next" 0)" attendance dispatch "2026-$m" --room "$room" --to seconding-unit >/dev/null
  done
done
echo "dispatch logs written" >&2

# ---------------------------------------------------------------------------------------
# Praise on the feedback form (意見單), the ground RP-1 C1.
praise=$(svc --as S30 --date 2026-05-20 complaint new --channel in-person --room R3 --praise S31 \
  --summary "胡靜耐心指導填寫報關單，一次辦結" --customer 陸先生)
svc --as S02 --date 2026-08-18 complaint new --channel letter --room R1 --praise S12 \
  --summary "來信感謝張美玲主動告知全部材料，省去往返" >/dev/null

# Commendations and penalties (RP-1 to RP-3): proposals by the coordination office,
# decisions by the deciding role.
conduct() { svc --as "$2" --date "$1" conduct "${@:3}"; }
# RP-2 P1: the complaint names S22 and its cause is conduct (CMP-2026-0007); CMP-2026-0002,
# which S22 only handled (the queueing system failed), is not P1 of anyone.
id=$(conduct 2026-04-27 S02 propose --staff S22 --kind criticism --ground P1 \
  --note "客戶來信投訴其服務態度不耐煩" --evidence CMP-2026-0007)
conduct 2026-04-29 D01 decide "$id" --approve --note "予以批評，限期改正"
# RP-3 R1: S11 criticised on P1 in February, complained about again in July.
id=$(conduct 2026-02-02 S02 propose --staff S11 --kind criticism --ground P1 \
  --note "客戶投訴其態度冷淡" --evidence CMP-2026-0001)
conduct 2026-02-04 D01 decide "$id" --approve --note "予以批評"
id=$(conduct 2026-08-10 S02 propose --staff S11 --kind removal --ground R1 \
  --note "經批評後再次因服務用語被投訴" --evidence CMP-2026-0018)
conduct 2026-08-12 D02 decide "$id" --reject --note "給予改正機會，改為加強培訓"
id=$(conduct 2026-04-08 S02 propose --staff S11 --kind warning --ground P2 \
  --note "3月遲到三次，月度考勤不合格" --evidence SHEET-2026-03)
id=$(conduct 2026-05-25 S03 propose --staff S31 --kind commendation --ground C1 \
  --note "客戶來表揚，服務耐心高效" --evidence "$praise")
conduct 2026-05-27 D02 decide "$id" --approve
conduct 2026-05-28 S03 notify "$id"
id=$(conduct 2026-07-02 S02 propose --staff S21 --kind commendation --ground C2 \
  --note "發現發票系統稅率設置錯誤")
conduct 2026-07-06 D02 decide "$id" --reject --note "屬崗位本職，不予表揚"
id=$(conduct 2026-07-06 S02 propose --staff S42 --kind removal --ground R4 \
  --note "積壓件經兩次催辦仍未完成" --evidence CAPA-2026-0027)
# RP-2 P4: still unfinished a week after the first reminder.
id=$(conduct 2026-08-24 S02 propose --staff S32 --kind criticism --ground P4 \
  --note "退單說明經催辦仍未落實" --evidence "$p4")
echo "praise forms and conduct records written" >&2


# Inspections at the posts (巡查, SC-4.1): the evidence for C2, C3, P1, R1 and R3, in the
# order they were entered (INS-2026-0001 to 0004).
svc --as S02 --date 2026-10-14 inspection record --staff S11 --rule post --note "10:20 離崗與鄰座閑談約十分鐘，窗口無人" >/dev/null
svc --as S10 --date 2026-09-09 inspection record --staff S12 --rule integrity --good --note "婉拒客戶所送茶葉，按規定辦理" >/dev/null
svc --as S20 --date 2026-06-03 inspection record --staff S22 --rule language --note "對客戶說「自己看公告」，語氣生硬" >/dev/null
svc --as S03 --date 2026-07-15 inspection record --staff S31 --rule dress --good --note "著裝整齊，佩戴工牌" >/dev/null
echo "inspections written" >&2

# Two complaints of December 2025, whose handling went on into January 2026: the report of
# 2025 counts them with all that is known on its report day (CC-4.8, as read).
id=$(svc --as S12 --date 2025-12-22 complaint new --channel in-person --room R1 --summary "窗口人員催促客戶快點填表" \
  --customer 錢女士 --wants-reply --about S12)
svc --as S12 --date 2025-12-22 complaint triage "$id" --ours
capa=$(svc --as S02 --date 2025-12-23 complaint analyse "$id" --cause-category attitude --cause "年底業務量大，語氣急躁" --responsible S12)
svc --as S12 --date 2025-12-23 capa track "$capa" --action "向客戶致歉" --kind corrective --due 2025-12-29
svc --as S12 --date 2025-12-23 capa track "$capa" --action "高峰時段增開一個窗口" --kind preventive --due 2025-12-29
svc --as S12 --date 2025-12-29 capa track "$capa" --done 1
svc --as S12 --date 2025-12-29 capa track "$capa" --done 2
svc --as S12 --date 2025-12-29 capa complete "$capa"
svc --as S02 --date 2026-01-06 capa verify "$capa" --effective --note "元旦後抽查，未再發生"
svc --as S02 --date 2026-01-06 complaint close "$id" --result "已致歉並增開窗口" \
  --reply-via phone --reply "致電錢女士致歉並說明高峰時段已增開窗口"
id=$(svc --as S02 --date 2025-12-29 complaint new --channel phone --room R2 --summary "年底發票領購系統登錄不上")
svc --as S02 --date 2025-12-30 complaint triage "$id" --ours
capa=$(svc --as S02 --date 2026-01-07 complaint analyse "$id" --cause-category equipment --cause "系統年底升級未提前公告" --responsible S22 --about-nobody)
svc --as S22 --date 2026-01-07 capa track "$capa" --action "窗口張貼升級公告" --kind corrective --due 2026-01-09
svc --as S22 --date 2026-01-07 capa track "$capa" --action "系統升級提前三日通知各室" --kind preventive --due 2026-01-14
svc --as S22 --date 2026-01-09 capa track "$capa" --done 1
svc --as S22 --date 2026-01-13 capa track "$capa" --done 2
svc --as S22 --date 2026-01-13 capa complete "$capa"
svc --as S03 --date 2026-01-15 capa verify "$capa" --effective --note "一月升級已提前公告"
svc --as S03 --date 2026-01-15 complaint close "$id" --result "已建立升級預告"
echo "December 2025 complaints written" >&2

# The management review (CC-4.8): the coordination office head submits 2025's figures once
# the year is complete, with all that is known about 2025's complaints on that day; a week
# later, January's verification and analysis known, a resubmission supersedes it.
svc --as S01 --date 2026-01-05 stats yearly --year 2025 --submit >/dev/null
svc --as S01 --date 2026-01-12 stats yearly --year 2025 --submit \
  --reason "1 月 6 日 CMP-2025-0001 驗證有效並回覆客戶，1 月 7 日完成 CMP-2025-0002 的分析，數字更新" >/dev/null
echo "management review submissions written" >&2

# Training and qualification (SC-3.2): S52 joined in January, trained, then confirmed.
svc --as S02 --date 2026-01-09 training record --staff S52 --course "稅收政策與窗口業務" --hours 16 >/dev/null
svc --as S02 --date 2026-01-12 qualify --staff S52 --certificate "窗-2026-017" >/dev/null
echo "training and qualification written" >&2

# The document register (RP-2 P3): a notice handed to R2's head and back, then archived; a
# guideline lent to S41, signed for, and lost: the evidence of P3.
doc() { svc --as "$1" --date "$2" doc "${@:3}" >/dev/null; }
doc S02 2026-02-10 receive --title "關於調整辦稅時間的通知" --from 區稅務局 --number "稅發〔2026〕12號" --kept "協調辦文件櫃A"
doc S02 2026-02-11 hand-over DOC-2026-0001 --to S20
doc S20 2026-02-11 sign DOC-2026-0001
doc S20 2026-02-13 return DOC-2026-0001
doc S02 2026-02-20 close DOC-2026-0001
doc S02 2026-09-01 receive --title "外匯業務操作指引（修訂）" --from 市外匯管理局 --kept "協調辦文件櫃B"
doc S02 2026-09-02 hand-over DOC-2026-0002 --to S41
doc S41 2026-09-02 sign DOC-2026-0002
doc S02 2026-09-15 loss DOC-2026-0002 --lost --responsible S41 --note "借閱後遺失，經查找未果"
echo "document register written" >&2

# A meeting with the customer (CC-4.1): the handler explains CMP-2026-0004 in person.
svc --as S51 --date 2026-01-27 complaint meet CMP-2026-0004 --said "當面說明所需材料並核對清單，客戶表示理解" >/dev/null
echo "customer meeting written" >&2
