# svc's messages in English. Every id is in every language (a test checks), with the same
# arguments. Ids: help-/clap- the command line, error- errors, check- svc check.

## The command line's own words

help-usage = Usage:
help-commands = Commands
help-command = COMMAND
help-arguments = Arguments
help-global-options = Global options
help-options = Options
help-examples = Examples:
help-default = default: { $value }
help-values = values: { $values }
help-env = env: { $name }
error-heading = error:
error-because = because:
error-hint = hint:
clap-unknown-argument = unexpected argument `{ $arg }`
clap-unknown-command = unknown command `{ $command }`
clap-invalid-value = `{ $value }` is not a value for { $arg }; values: { $valid }
clap-bad-value = `{ $value }` is not valid for { $arg }: { $reason }
clap-missing = missing: { $args }
clap-missing-command = a command is needed here
clap-conflict = { $arg } cannot be used with { $other }
clap-too-many = { $arg } takes one value
clap-value-count = { $arg } has the wrong number of values
clap-did-you-mean = did you mean `{ $suggestion }`?
clap-more-help = For more information, add --help.

## svc check

severity-error = error
severity-warning = warning
check-summary = { $files } { $files ->
        [one] file
       *[other] files
    }, { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }{ $allowed ->
        [0] {""}
       *[other] , { $allowed } allowed
    }

## Values: the names of the tokens files hold (value-KIND-TOKEN)

value-channel-in-person = in-person
value-channel-phone = phone
value-channel-box = box
value-channel-letter = letter
value-channel-email = email
value-complaint-received = received
value-complaint-explained = explained
value-complaint-accepted = accepted
value-complaint-in-capa = in-capa
value-complaint-closed = closed
value-complaint-praise = praise
value-capa-open = open
value-capa-awaiting-verification = awaiting-verification
value-capa-effective = effective
value-action-corrective = corrective
value-action-preventive = preventive
value-leave-leave-post = leave-post
value-leave-personal = personal
value-leave-sick = sick
value-leave-annual = annual
value-slip-pending = pending
value-slip-approved = approved
value-slip-noted = noted
value-slip-rejected = rejected
value-slip-cancelled = cancelled
value-incident-late = late
value-incident-early = early
value-incident-absent = absent
value-recipient-seconding-unit = seconding-unit
value-recipient-coordination-office = coordination-office
value-conduct-commendation = commendation
value-conduct-criticism = criticism
value-conduct-warning = warning
value-conduct-circulated-criticism = circulated-criticism
value-conduct-removal = removal
value-decision-proposed = proposed
value-decision-approved = approved
value-decision-rejected = rejected
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
value-role-staff = staff
value-role-room-head = room head
value-role-coordination-office = coordination office
value-role-coordination-office-head = coordination office head
value-role-deputy-director = deputy director
value-role-executive-deputy-director = executive deputy director

## Column headings of tables and CSV (column-KEY)

column-id = id
column-received = received
column-channel = channel
column-room = room
column-status = status
column-cause = cause
column-responsible = responsible
column-capa = capa
column-summary = summary
column-result = result
column-reply = reply
column-complaint = complaint
column-opened = opened
column-round = round
column-next = next
column-overdue = overdue
column-reminders = reminders
column-staff = staff
column-kind = kind
column-from = from
column-to = to
column-days = days
column-route = route
column-ground = ground
column-proposed = proposed
column-decided = decided
column-notified = notified
column-evidence = evidence
column-detail = detail
column-name = name
column-working-days = working days
column-leave-post = leave-post
column-personal = personal
column-sick = sick
column-annual = annual
column-late = late
column-early = early
column-absent = absent
column-due = due
column-record = record
column-to-do = to do
column-who = who
column-clause = clause
column-rule = rule
column-severity = severity
column-depends-on = depends on
column-asks = asks

## Lists

reply-wanted = wanted
sheet-pass = pass
sheet-fail = FAIL
todo-overdue = { $day } (overdue)
count-forms = { $n } { $n ->
        [one] form
       *[other] forms
    }
count-capas = { $n } CAPA { $n ->
        [one] report
       *[other] reports
    } on { $day }
count-conduct = { $n } { $n ->
        [one] record
       *[other] records
    }
count-slips = { $n } leave { $n ->
        [one] slip
       *[other] slips
    }

## Forms that ask

man-written = { $n } manual pages written to { $dir }
man-no-command = no command `{ $name }`: `svc --help` lists them
ask-missing = missing { $flag } ({ $label }): give it on the command line; on a terminal svc asks for it
ask-declined = not written: nothing was changed
ask-required = required
ask-yes = yes
ask-yes-or-no = answer yes or no (y/n)
ask-write = write it? (yes/no)
ask-channel = channel
ask-room = room
ask-summary = summary
ask-whose = whose responsibility
ask-explanation = explanation given
ask-cause-category = cause category
ask-cause = cause found
ask-responsible = responsible person (carries the CAPA)
ask-result = result
ask-reply-via = replied via
ask-reply = what the customer was told
whose-ours = the centre's responsibility
whose-customer = the customer's responsibility

## Complaints

complaint-logged = logged { $id } in { $path }
complaint-praise = a praise of { $who }: a ground for commendation (RP-1 C1)
complaint-next-triage = the window decides whose responsibility it is: the centre’s (--ours) or the customer’s (--customer --note "explanation given")
complaint-triaged-ours = { $id } is the centre’s responsibility
complaint-triaged-customer = { $id } ends as explained to the customer (CC-4.1); the office may close it with `svc complaint close { $id } --result TEXT`
complaint-analysed = { $id } analysed; opened { $capa } for { $who } in { $path }
complaint-next-track = { $who } adds the corrective and preventive actions (CC-4.4)
complaint-closed = { $id } closed (CC-4.7)
complaint-names-capa = { $id } names CAPA { $capa }
form-complaint = Complaint/Feedback Form
form-received = { $day } via { $channel }, room { $room }
form-wants-reply = wants a reply
form-no-reply = no reply wanted
form-by = { $day } by { $who }: { $what }
form-not-yet = not yet ({ $clause })

## Labels of a record shown as lines (column-KEY)

column-logged-by = logged by
column-logged_by = logged by
column-complained-about = complained about
about-nobody = nobody (confirmed at analysis)
about-unknown = not named
count-staff = { $n ->
        [one] { $n } person
       *[other] { $n } people
    }
whoami-detail = { $role }, { $room }
column-role = role
column-qualified = qualified
column-room-name = name
decided-by = { $day }, { $who }
column-praise-of = praise of
column-remedy = remedy
column-customer = customer
column-triage = triage
column-analysis = analysis
column-interview = interview
column-closed = closed
column-responsibility = responsibility
column-note = note
column-conduct = conduct
column-decision = decision
column-letter = letter
column-cancelled = cancelled
column-leave = leave
column-reason = reason
column-requested = requested
column-retroactive = retroactive
column-time = time
column-problem = problem

## CAPA

capa-done = { $id }: action { $n } done; { $open } still open in round { $round }
capa-next-complete = { $who } reports the round complete (CC-4.4)
capa-added = { $id }: added { $kind } action { $n } of round { $round }, due { $due }
capa-completed = { $id }: round { $round } reported complete; the coordination office verifies by { $deadline } (CC-4.5)
capa-verified-late = warning: verified late, after the { $window } working days of CC-4.5; recorded as late
capa-effective = { $id }: verified effective
capa-not-effective = { $id }: not effective, round { $round } opened (CC-4.6)
capa-action-number = `{ $text }` is not an action number: give the number shown on the report, such as 2 (`svc capa show ID` lists them)
capa-reminded = { $id }: reminder { $n } sent to { $who }, to be done by { $due }{ $n ->
        [1] {" "}(first reminder: ground RP-2 P4 if not done by then)
        [2] {" "}(second reminder: ground RP-3 R4 if not done by then)
       *[other] {""}
    }
capa-next-verify-by = verify by { $deadline }
capa-next-verify = verify
capa-next-action = action { $n } due { $due }
capa-next-report = report completion
capa-next-add = add actions
form-capa = CAPA Tracking Report
capa-round = round { $n }
capa-action-done-on = , done { $day }
capa-action-line = { $n }. { $text } ({ $kind }) due { $due }{ $done }
capa-round-completed = completed  { $day } by { $who }
capa-verdict-effective = effective
capa-verdict-not-effective = NOT effective
capa-verdict-late = {" "}LATE (due by { $deadline })
capa-round-verified = verified   { $day } by { $who }: { $verdict }{ $late }: { $note }
capa-reminder-line = reminder { $n }   { $day } by { $who } ({ $overdue }){ $note }
form-on-by = { $day } by { $who }

## Leave

value-band-staff-notice = staff-notice
value-band-staff-short = staff-short
value-band-staff-long = staff-long
value-band-room-head-notice = room-head-notice
value-band-room-head-short = room-head-short
value-band-room-head-long = room-head-long
value-band-office-head-notice = office-head-notice
value-band-office-head-short = office-head-short
value-band-annual = annual
value-step-room-head = approval by the room head
value-step-coordination-office = approval by the coordination office
value-step-coordination-office-head = approval by the coordination office head
value-step-executive-deputy-director = approval by the executive deputy director
value-step-deputy-director = approval by the deputy director
value-step-seconding-unit = the seconding unit's procedure, recorded by the coordination office
value-step-seconding-unit-hr = the seconding unit's HR department, recorded by the coordination office
value-step-filing = filing with the coordination office
value-verdict-approved = approved
value-verdict-rejected = rejected
value-verdict-filed = filed
leave-notice-office = a phone notice to the coordination office (ATT-2)
leave-notice-deputy-director = a notice to the deputy director (the coordination office head's own leave, ATT-2)
leave-notice-room-head = a report to the room head (ATT-3)
leave-nothing-to-approve = { $notice }; nothing to approve
leave-approved-step = { $step }: approved
leave-rejected-at = rejected at { $step }
leave-filed = filed with the coordination office
leave-cancelled = cancelled
leave-requested = { $id }: { $kind } leave for { $who }, { $from } to { $to } = { $days } working { $days ->
        [one] day
       *[other] days
    }{ $retroactive ->
        [yes] , retroactive
       *[other] {""}
    }
leave-route = route ({ $clause }): { $route }
leave-route-then = , then{" "}
leave-step-done = { $id }: { $done }; status { $status }
leave-next = next: { $step }
form-leave = leave slip
leave-time = { $from } to { $to } = { $days } working { $days ->
        [one] day
       *[other] days
    }
leave-retroactive = entered after the leave started
leave-step-taken = { $step } — { $decision } { $day } by { $who }{ $reference }{ $note }
leave-reference = , ref { $reference }
ask-staff = applicant
ask-kind = kind of leave
ask-from = from (YYYY-MM-DD [am|pm|HH:MM])
ask-to = to (YYYY-MM-DD [am|pm|HH:MM])
ask-reason = reason
leave-bad-moment = `{ $text }` is not a moment; write 2026-03-02, "2026-03-02 am", "2026-03-02 pm" or "2026-03-02 13:30"

## Commendations and penalties

ground-C1 = exemplary, courteous, efficient service praised by customers
ground-C2 = found and averted errors or loopholes
ground-C3 = refused meals, money or gifts and acted strictly by the rules
ground-P1 = careless, lax or discourteous, with a customer complaint
ground-P2 = late or early: monthly attendance failed
ground-P3 = documents not signed for, registered or kept as required, damaged or lost
ground-P4 = a case in their charge not finished in time, still unfinished after one reminder
ground-R1 = lax discipline or obstructing customers, not corrected after criticism
ground-R2 = irresponsible, repeated errors
ground-R3 = accepted meals or gifts while approving
ground-R4 = still unfinished after a second reminder, or repeatedly overdue
ground-R5 = otherwise unfit for the post
conduct-proposed = { $id }: { $kind } of { $who } on ground { $ground } proposed; the { $decider } decides ({ $clause })
conduct-decided = { $id }: { $status }
conduct-next-notify = the coordination office sends the letter to the seconding unit (RP-1, RP-3)
conduct-letter = { $id }: letter to { $unit } recorded
conduct-the-unit = the seconding unit
form-conduct = commendation or penalty
conduct-kind-line = { $kind } on ground { $ground } ({ $clause }): { $what }
conduct-pending = pending: the { $decider } decides
conduct-decision-line = { $verdict } { $day } by { $who }{ $note }
conduct-letter-line = { $day } by { $who } to { $unit }
conduct-suggestions = { $n } { $n ->
        [one] suggestion
       *[other] suggestions
    } for { $from } to { $to }; nothing is decided: propose with `svc conduct propose`

## What waits (svc todo)

todo-triage = triage: whose responsibility
todo-analyse = analyse and open a CAPA
todo-close = close: write the result (and the reply)
todo-reply = reply to the customer and close
todo-action = action { $n }: { $text }
todo-plan = plan the corrective and preventive actions with their dates
todo-report = report completion
todo-remind = remind { $who } (reminder { $n } — RP-2 P4 / RP-3 R4)
todo-verify-left = verify: { $days } working { $days ->
        [one] day
       *[other] days
    } left
todo-verify-late = verify: { $days } working { $days ->
        [one] day
       *[other] days
    } late
todo-leave-step = { $step } for { $who }
todo-send-sheet = send the sheet of { $room } to the { $to }
todo-decide = decide the { $kind } of { $who } ({ $ground })
todo-letter = send the letter to the seconding unit
todo-count-mine = { $n } { $n ->
        [one] item
       *[other] items
    } for { $who } as of { $day }
todo-count = { $n } { $n ->
        [one] item
       *[other] items
    } as of { $day }

## Attendance

attendance-incident = { $id }: { $who } { $kind } on { $day }
attendance-dispatched = { $id }: room { $room }'s sheet of { $month } sent to the { $to } on { $day }
attendance-month = { $month }: { $n } { $n ->
        [one] person
       *[other] people
    }, { $failed } failed (pass: at most { $late } late/early and { $absent } absent)

## Rules: what a finding or a refused step says

plain = { $text }
stats-output-in-records = --output { $path } would write over svc.toml or into records/: write the report elsewhere
error-in = { $what }: { $error }
error-at = { $path }:{ $line }:{ $column }: { $error }
suggest-complaint = { $day } { $cause }
refusal-and-same = { $first }; and: { $message }
refusal-and = { $first }; and: { $message } [{ $clause }]
refusal-another-record = another record
refusal-would-break = this would break { $other }: { $message }
rule-dates-in-order = { $what } ({ $day }) is before { $before } ({ $before_day })
rule-year-unknown = working time from { $from } to { $to } would be counted in { $year }, whose holidays and make-up days svc.toml does not list yet: add { $year }'s [[calendar.holidays]] and makeup_workdays to svc.toml first (or `years = [{ $year }]` under [calendar] when it has none)
rule-next-year-unknown = { $year }'s holidays and make-up days are not in svc.toml yet: add them under [calendar] before { $year }-01-01, or no step can count working time in { $year }
rule-not-after-today = dated { $day }, after today ({ $today })
step-after-today = the step is dated { $day }, after today in the centre ({ $today }): --date only backdates a step; nothing was written
rule-office-step = { $what } is the coordination office's step, but { $who } is { $role }
rule-removed-no-steps = { $who } was removed from the centre on { $day } and takes no step after it
rule-removed-not-responsible = { $who } was removed from the centre on { $day } and cannot be named responsible after it
rule-qualified-from = { $who } { $what } on { $day } but is qualified (持證上崗) only from { $from }
rule-not-qualified = { $who } { $what } on { $day } without a confirmed qualification (持證上崗): the coordination office sets `qualified` in svc.toml
when-received = the day it was received
when-triage = the triage
when-analysis = the analysis
when-explanation = the explanation
when-closing = the closing
when-effective = the effective verification
when-reply = the reply
did-triage = triaged it
did-write-form = wrote this form
step-analyse = analysing a complaint
step-close = closing a complaint
rule-summary-empty = the summary is empty: write what the customer said
rule-logged-by-unit = { $who } is { $role }: forms are written by the receiving unit or the coordination office
rule-status-agrees = status is `{ $status }` but the recorded steps say `{ $derived }`
rule-praise-only = { $id } is a praise, not a complaint: it has no triage, analysis or closing
rule-triage-by-unit = { $who } may not triage { $id }: the receiving room `{ $room }` or the coordination office judges responsibility
rule-explanation-needed = the customer's responsibility needs the explanation given to the customer (--note)
rule-explained-no-analysis = a complaint that is the customer's responsibility ends as explained: it has no analysis or CAPA
rule-analysis-not-accepted = { $id } is not triaged as the centre's responsibility: run `svc complaint triage { $id } --ours` first
rule-unknown-category = unknown cause category `{ $category }`{ $hint }; categories are: { $known } (see [complaints] in svc.toml)
rule-cause-empty = the cause is empty: write what the analysis found
rule-capa-missing = CAPA { $capa } does not exist
rule-capa-other-complaint = CAPA { $capa } belongs to { $complaint }, not to this complaint
rule-result-empty = the result is empty: write the result for the form
rule-closed-unresolved = { $id } is closed without an analysis and an effective CAPA, nor explained as the customer's responsibility
rule-close-before-effective = { $id } cannot be closed before its CAPA { $capa } is verified effective (CAPA status: { $status })
rule-reply-first = the customer wants a reply: reply first, then close with --reply-via CHANNEL --reply TEXT
rule-reply-empty = the reply's content is empty: write what the customer was told
rule-reply-before-result = the reply is dated { $on }, before { $what } ({ $day }): it tells the customer the result, so it comes on or after it
overdue-action = action { $n } was due { $due }
overdue-completion = the actions were due by { $due } and completion is not reported
overdue-verification = verification was due by { $deadline }
step-open-capa = opening a CAPA
step-verify = verifying a CAPA
step-remind = a reminder (催辦)
when-round-start = the round's start
when-action = the action
when-added = the day it was added
when-done = done
when-completion = completion
when-verification = verification
when-capa-opened = the CAPA's opening
when-reminder = the reminder
when-previous-reminder = the previous reminder
when-this-reminder = this reminder
rule-record-unreadable = { $id } cannot be read: its file has errors (reported on it); fix that file first
rule-complaint-missing = complaint { $complaint } does not exist
rule-capa-responsible-differs = the complaint names { $complaint } as responsible, this CAPA { $capa }
rule-capa-opened-differs = opened { $opened } but the analysis that opened it is dated { $analysis }
rule-complaint-not-naming = complaint { $complaint } does not name this CAPA in its analysis
rule-capa-no-round = a CAPA has at least one round of actions
rule-plan-by = { $who } may not plan actions on { $id }: the responsible person ({ $responsible }) proposes them (CC-4.4)
rule-action-empty = the action text is empty
rule-due-before-added = the planned date { $due } is before the day the action was added ({ $added })
rule-done-by = { $who } may not mark action { $n } of { $id } done: the responsible person ({ $responsible }) carries it out (CC-4.4)
rule-done-without-by = a done action records who did it (`done_by`)
rule-by-without-done = `done_by` without `done`: record the day it was done
rule-completion-by = only the responsible person ({ $responsible }) reports completion of { $id }; { $who } is not
rule-no-corrective = round { $n } has no corrective action: add one with `svc capa track { $id } --action TEXT --kind corrective --due DATE`
rule-no-preventive = round { $n } has no preventive action: add one with `svc capa track { $id } --action TEXT --kind preventive --due DATE`
rule-complete-with-open = round { $n } can be reported complete only with every action done, and actions { $open } were not done on the day of the report; mark each with `svc capa track { $id } --done N`
rule-verified-before-completion = round { $n } was verified before completion was reported
rule-round-after-effective = round { $n } was verified effective, yet another round follows
rule-round-after-unverified = round { $n } was never verified, yet another round follows
rule-round-must-follow = round { $n } was not effective: a new round must follow (`svc capa track { $id } --action ...`)
rule-verifier-responsible = { $who } is responsible for { $id } and may not verify it: another member of the office verifies
rule-verification-note-empty = the verification note is empty: write what was checked
rule-deadline-differs = deadline is { $recorded } but { $window } working days after completion ({ $completed }) is { $deadline } on the centre's calendar
rule-late-flag = `late = { $late }` but verified { $on } with deadline { $deadline }
rule-verified-late = verified { $over } working { $over ->
        [one] day
       *[other] days
    } late: due by { $deadline }, verified { $on }
rule-reminder-number = reminder { $n } is numbered { $number }
rule-reminder-no-day = reminder { $n } on { $id } sets no day by which the work must be done, so it grounds neither P4 nor R4: `svc repair --reminder-days` gives it the default ({ $default }, the next working day), or write `due = YYYY-MM-DD` as the reminder said
rule-reminder-due-before = the reminder asks for the work by { $due }, before it was sent ({ $on })
rule-reminder-not-overdue = { $id } had no overdue work of { $who } on { $on }: { $why }
rule-not-working-day = { $day } is not a working day
rule-reminder-same-day = a reminder was already sent on { $day }
why-effective = it was already verified effective
why-completed = completion was reported: a late verification is the coordination office's, not a ground for reminding the responsible person
why-nothing-due = nothing was past its planned date, so there is nothing to remind
hint-verify = the coordination office verifies with `svc capa verify { $id }`
hint-remind = the coordination office may remind with `svc capa remind { $id }`
rule-overdue = overdue on { $day }: { $overdue }; { $hint }

## Leave rules and refusals

leave-not-covered = the leave procedure covers staff, room heads and the coordination office head (ATT-2, ATT-3) and annual leave (ATT-4); not { $role }
leave-next-is-filing = the next step of { $id } is filing (備案): run `svc leave file { $id }`
leave-filed-not-rejected = an approved slip is filed, not rejected
leave-reject-needs-reason = a rejection needs --reason
leave-not-ready-for-filing = { $id } is not ready for filing: the next step is { $step }
leave-already = { $id } is { $status } already
leave-notice-nothing-to = { $id } is a notice ({ $notice }): there is nothing to { $verb }
leave-nothing-to = { $id } is { $status }: there is nothing to { $verb }
leave-nobody-may = nobody in svc.toml (add the role to [[staff]])
leave-may-not-take = { $who } ({ $role }) may not take the step { $what }; who may: { $may }
verb-approve = approve
verb-reject = reject
verb-file = file
when-previous-step = the previous step
when-this-step = this step
when-cancellation = the cancellation
rule-role-changed = { $who } applied as { $applied } but the directory now says { $now }
rule-entered-by = { $who } may not enter leave for { $applicant }: the applicant, their room head or the coordination office may
rule-reason-empty = the reason is empty: the slip states why
rule-ends-before-start = the leave ends ({ $to }) before it starts ({ $from })
rule-no-working-time = { $from } to { $to } holds no working time on the centre's calendar: nothing to request
rule-working-minutes = working_minutes = { $recorded } but { $from } to { $to } is { $minutes } minutes of working time on the centre's calendar
rule-requested-after-start = requested { $requested } but the leave started { $started }: a slip after the fact is a retroactive slip (補假, --retroactive)
rule-band = a { $kind } slip of { $days } working { $days ->
        [one] day
       *[other] days
    } by a { $role } falls in `{ $band }`, not `{ $recorded }`
rule-route = the `{ $band }` route is { $policy } in svc.toml's policy, this slip records { $recorded }
rule-step-unexpected = step { $n } is `{ $step }` but the route expects `{ $expected }` here
rule-step-beyond = step { $n } is beyond the route ({ $steps } { $steps ->
        [one] step
       *[other] steps
    })
rule-decision-unfit = `{ $decision }` is not a decision for the `{ $step }` step
rule-after-rejection = a rejected slip takes no further steps
rule-own-slip = { $who } cannot take a step on their own leave slip; the step is { $step }
rule-step-authority = { $message }
rule-approved-twice = { $who } already approved this slip: each approval of the route is a different person's
rule-external-reference = { $step } is taken outside the centre: give the unit's --reference
rule-cancel-by = only { $staff } or the coordination office may cancel { $id }; { $who } may not
rule-cancel-after-start = { $id } started on { $day }: leave already taken cannot be cancelled
rule-overlap = { $who } already has { $other } ({ $from } to { $to }, { $status }) in that time: cancel it first or change the dates
rule-pending-after-end = { $id } is still pending although the leave ended on { $day }: reject it (`svc leave reject { $id } --reason ...`), and enter a retroactive slip (補假) if the leave is to be approved after the fact

## Attendance rules

when-incident = the incident
when-recorded = the record
rule-incident-not-working-day = { $day } is not a working day on the centre's calendar: no attendance to miss
rule-minutes-not-absence = minutes are for late arrivals and early departures, not absences
rule-keeper = { $who } may not record attendance for { $person }: their room head or the coordination office keeps it
rule-incident-twice = { $who } is already recorded { $kind } on { $day } in { $first }
rule-correction-needed = room { $room }'s sheet of { $month } was sent on { $sent }: an incident recorded after it is a correction (--correction "why")
rule-on-leave = { $who } was on approved leave { $slip } ({ $from } to { $to }): not { $kind } on { $day }
rule-dispatch-by = { $who } may not send room { $room }'s sheet: its room head or the coordination office does
rule-dispatch-month-end = the sheet of { $month } goes out at month end, on or after { $day }
rule-dispatch-twice = room { $room }'s sheet of { $month } was already sent to the { $to } on { $day } ({ $first })
rule-sheet-not-sent-many = room { $room }'s attendance sheets of { $n } months, { $first } to { $last }, were not sent to the { $to }: `svc attendance dispatch MONTH --room { $room } --to { $token }` for each
rule-sheet-not-sent = room { $room }'s attendance sheet of { $month } was not sent to the { $to }: `svc attendance dispatch { $month } --room { $room } --to { $token }`

## Commendations and penalties: rules and refusals

when-proposal = the proposal
when-decision = the decision
when-letter = the letter
step-letter = sending the letter
kinds-rp1 = commendation
kinds-rp2 = criticism, warning or circulated-criticism
kinds-rp3 = removal
shows-C1 = a praise form naming them that someone else logged
shows-P1 = a complaint triaged as the centre's whose analysis names them as complained about, with a cause category that concerns conduct (not whoever handles the fix)
shows-P2 = a monthly sheet (SHEET-YYYY-MM) of theirs failed with at least one late arrival or early departure (absence alone is not P2)
shows-P3 = a document (DOC-…) lost or damaged in their charge (a hand-over not signed for is not P3)
shows-P4 = their CAPA whose work was not done by the day a reminder set (finished later or still open), or one of their repeated late finishes
shows-R1 = such a complaint about their conduct, or an observed breach, received after an approved P1 criticism of them
shows-R4 = their CAPA whose work was again not done by the day of a second reminder, or one of the CAPAs they finished past the planned date `repeated_overdue` times in 12 months
shows-note = a written note
evidence-not-about = does not concern { $who }
evidence-after = is dated { $dated }, after the proposal ({ $day })
evidence-bad = `{ $text }` is not evidence: name a record (CMP-2026-0001, CAPA-2026-0001, ...) or a monthly sheet (SHEET-2026-03)
rule-director-not-proposed = { $who } is { $role }: the directors decide commendations and penalties, they are not proposed for them
rule-kind-fits = ground { $ground } ({ $clause }) calls for { $kinds }, not { $kind }
rule-proposed-by-office = only the coordination office proposes commendations and penalties; { $who } is { $role }
rule-conduct-note-empty = the note is empty: say what happened
rule-prior-criticism = R1 is for conduct not corrected after criticism, and { $who } has no approved criticism before { $day }
rule-evidence-missing = evidence { $id } does not exist
rule-evidence-problem = evidence { $id } { $problem }
rule-sheet-incomplete = the sheet of { $month } was not complete when this was proposed ({ $day })
rule-evidence-needed = { $ground } needs evidence that shows it for { $who }: { $what }
rule-decided-by = { $decider } ({ $token }) decides { $kind } under { $clause }; { $who } is { $role }
rule-own-decision = nobody decides on their own commendation or penalty
rule-letter-pending = approved commendation not yet sent to the seconding unit: `svc conduct notify { $id }`
conduct-only-approved-sent = { $id } is { $status }: only an approved decision is sent to the seconding unit
conduct-already-decided = { $id } was already decided ({ $status })
conduct-already-sent = { $id } was already sent on { $day }
suggest-praised = praised { $day }
suggest-approved = { $kind } approved { $day }
suggest-complaint-after = complaint after it, { $day }
suggest-unmet = not done by the day set by { $n ->
        [one] a reminder
       *[other] { $n } reminders
    }
suggest-repeatedly = finished past the planned date on { $n } CAPAs in 12 months
suggest-sheet = { $month }: { $late } late, { $early } early, { $absent } absent

## Complaint and CAPA steps refused

complaint-praise-no-triage = { $id } is a praise, not a complaint: there is nothing to triage
complaint-already-triaged = { $id } was already triaged (status { $status })
complaint-not-triaged = { $id } is not triaged yet: run `svc complaint triage { $id } --ours` first
complaint-cannot-analyse = { $id } cannot be analysed: its status is { $status }
complaint-cannot-close = { $id } cannot be closed: its status is { $status }
unknown-room = unknown room `{ $id }`; rooms are: { $rooms }
unknown-staff = unknown staff id `{ $id }`{ $hint }; see [[staff]] in svc.toml
did-you-mean = {" "}(did you mean `{ $candidate }`?)
capa-no-such-action = { $id } has no action { $n } in this round (it has { $count })
capa-action-already-done = action { $n } was already done on { $day }
capa-verb-add = add an action
capa-verb-done = mark an action done
capa-verb-complete = report completion
capa-verb-verify = verify it
capa-is-open = it is open: finish the actions, then `svc capa complete { $id }`
capa-is-awaiting = completion is reported: the coordination office runs `svc capa verify { $id }`
capa-is-effective = it was verified effective and is closed
capa-cannot = cannot { $what } on { $id }: { $why }

## Files and svc.toml

noun-complaint = complaint
noun-capa = CAPA
noun-leave = leave slip
noun-incident = attendance incident
noun-dispatch = dispatch log
noun-conduct = conduct record
id-bad = `{ $text }` is not a { $noun } id; { $noun } ids look like { $prefix }-2026-0001
rule-room-twice = room id `{ $id }` is listed twice
rule-staff-twice = staff id `{ $id }` is listed twice
rule-email-twice = e-mail `{ $email }` belongs to more than one person
rule-staff-room-unknown = { $who } is in unknown room `{ $room }`
rule-staff-needs-room = { $who } is { $role } and needs a `room`
rule-staff-unqualified = { $who } has no confirmed qualification (`qualified`): may not serve at a window yet
rule-room-headless = room { $room } has no room head to approve leave
rule-office-empty = nobody in the directory works for the coordination office (協調辦)
rule-holiday-and-makeup = { $day } is both a holiday and a make-up working day
rule-category-twice = cause category `{ $id }` is listed twice
rule-text-too-long = { $key } holds { $n } characters; a text field holds at most { $max }: shorten it, or keep the long text in a document and name it here
file-too-large = the file is { $mb } MB; a record or svc.toml is at most { $max } MB, so it was not read
rule-control-character = `{ $key }` holds the control or invisible character { $character }: remove it (terminal escapes, bidi overrides and zero-width marks are never stored)
rule-id-file-name = id { $id } does not match the file name { $stem }.toml: rename the file or fix the id
rule-id-kind = { $id } is not a { $noun } id, but the file is in the { $folder } folder
rule-id-year = { $id } is filed under { $folder }/ but belongs under { $year }/
rule-id-shared = { $id } is also the id of { $others }: ids are never shared or reused
calendar-all-weekend = `calendar.weekend` names every day of the week: leave at least one working weekday
calendar-session-backwards = `calendar.{ $name }` ends before it starts
calendar-afternoon-first = `calendar.afternoon` must start after the morning ends
calendar-holiday-backwards = holiday `{ $name }` ends before it starts
calendar-bad-weekday = `{ $text }` is not a weekday; write e.g. "saturday"
calendar-bad-session = `{ $text }` is not a session; write it as "09:00-12:00"
history-finished-changed = the record was finished and changed afterwards
history-changed = `{ $key }` was { $was } and is now { $now }
history-removed = `{ $key }` ({ $was }) was removed
when-rule-today = as of --date
when-rule-history = history (--base)
when-rule-recorded = recorded
check-rule-count = { $n } { $n ->
        [one] rule
       *[other] rules
    }
check-no-rule = --allow: no rule `{ $name }`{ $hint }; `svc check --list-rules` lists them

## Reading files

file-cannot-read = cannot read: { $error }
file-conflict = unresolved git merge conflict: if the record was added on both sides (the same new id on two clones), run `svc renumber`, which keeps both; if both changed it, keep the right lines, delete the <<<<<<< ======= >>>>>>> lines, then `svc check`
file-not-utf8 = not UTF-8 (byte { $byte }); the file reads cleanly as { $encodings }, as an editor may have saved it: `svc fix-encoding FILE` converts it to UTF-8 and shows the lines it changed
file-not-text = not UTF-8 (byte { $byte }), nor text in Big5 or GBK: the file is damaged or not a record; restore it from git (`git checkout -- FILE`)
file-check-spelling = ; check the spelling against the schema in schemas/
file-unknown-field = unknown field `{ $field }`{ $hint }
file-missing-field = missing field `{ $field }`
file-wrong-type = invalid type: { $found }, expected { $expected }
file-unknown-value = unknown variant `{ $value }`, expected { $expected }
file-toml = { $message }
file-at-key = `{ $key }`: { $message }

## The repository

repo-no-config = { $dir } has no svc.toml: is it a records repository?
repo-no-config-hint = create one with `svc init { $dir }`
repo-not-found = no svc.toml in { $dir } or any folder above it
repo-not-found-hint = cd into a records repository, pass --repo DIR, or create one with `svc init`
repo-config-unusable = { $error }
    (run `svc check` to see every problem)
repo-no-record = no { $noun } { $id }: { $path } does not exist (list them with `svc { $group } list`)
repo-see-check = { $error }
repo-id-twice = { $id } is the id of two files, { $first } and { $second }: nothing is counted twice. After a merge, `svc renumber` gives one of them a new id; see `svc check`
    (run `svc check` to see every problem)
repo-symlink = { $path } is a symbolic link: svc never follows links under records/; replace it with a real folder or file
repo-changed-meanwhile = { $path } changed while svc was working on it: run the command again
journal-busy = { $journal } already holds an unfinished step
journal-unreadable = { $journal } cannot be read ({ $error }); remove it after checking the records
journal-conflict = { $path } exists with other contents: the journal's step cannot be finished

## check, init, repair, sync, schema, fix-encoding

cannot-read-cwd = cannot read the current folder
check-interrupted = a step was interrupted before all its files were written: any svc command that writes (e.g. `svc repair`) finishes it
check-leftover-temp = left by an interrupted write; the record itself is intact. Any svc command that writes removes it
check-records-link = records/ is a symbolic link: the records must live in the repository itself, so svc reads nothing through it; replace the link with the folder
check-link = a symbolic link: svc never follows links under records/, so it is not checked; replace it with the real folder or file
check-not-record-folder = `{ $name }` is not a record folder (svc knows { $known }): its files are not checked
check-should-be-folder = `{ $name }` should be a folder of { $noun } records
check-year-folder = records go in a year folder: `{ $folder }/YYYY/{ $prefix }-YYYY-NNNN.toml`
check-temp-file = a temporary file left by an interrupted write: delete it (the record itself is intact)
check-not-record-name = `{ $name }` is not a record file name: { $noun } records are named like { $prefix }-2026-0001.toml, so this file is not checked
staff-name-ambiguous = more than one person is called { $name }: { $who }; give the staff id
actor-not-you = your git user.email is { $me }'s: you cannot act as { $id }; on a shared PC, unset user.email and pass --as
actor-unknown = who is acting? pass --as STAFF_ID, set SVC_USER, or set your git user.email to the one in svc.toml
actor-email-unknown = your git user.email <{ $email }> is not in svc.toml's staff directory: add it as `email`, or pass --as STAFF_ID
init-ci-written = wrote { $path }: set the SVC_SOURCE variable to where your centre installs svc from
init-exists = { $path } already exists: this is a records repository already; nothing was changed
init-inside-repository = warning: { $dir } is inside the git repository at { $top }: every step would be committed there. Make the centre outside it, or run `git init` in { $dir } to give it its own history
init-created = created a records repository in { $dir }
repair-finished = finished an interrupted step: { $step }
repair-nothing = no interrupted step
repair-reminder-days = { $n } reminders given their day (the next working day after each)
repair-removed = removed { $n } temp { $n ->
        [one] file
       *[other] files
    } of interrupted writes
sync-renumbered = { $old } is now { $new } ({ $why })
sync-nothing-to-renumber = no record was added on both sides: nothing to renumber
sync-still-conflicting = still conflicting (both sides changed the same record; settle them by hand): { $names }
sync-updated = updated from { $upstream }
sync-up-to-date = up to date with { $upstream }
schema-wrote = wrote { $path }
schema-stale = schemas differ from the code: { $files }; run `svc schema { $dir }`
encoding-not-as = the file does not read as { $from } without errors
encoding-ambiguous = it reads as GBK and as Big5: say which with --from gbk or --from big5
encoding-unknown = it is neither UTF-8 nor GBK nor Big5: open it in an editor and save it as UTF-8
encoding-already = { $path }: already UTF-8, left as it is
encoding-converted-lines = { $path }: read as { $encoding }; these lines had Chinese, now in UTF-8:
encoding-converted = { $n } { $n ->
        [one] file
       *[other] files
    } converted to UTF-8; check them with `svc check`
sync-why-both = both sides had created it; ours kept the id
sync-merge-ready = the merge is ready to commit: git commit --no-edit
sync-needs-git = svc sync needs the records in a git repository with a remote
sync-dirty = there are changes not yet committed:
    { $changes }
    commit them (or undo them) first; svc sync moves only committed steps
sync-no-upstream = this branch has no upstream: push it once with `git push -u origin main`
sync-unreachable = cannot reach the shared repository; nothing was lost: your steps are committed here, run svc sync again later
sync-why-upstream = { $upstream } already had it
sync-replayed = { $n } step { $n ->
        [one] commit
       *[other] commits
    } replayed onto { $upstream }
sync-push-refused = the shared repository refused the push; nothing was lost: your steps are committed here, run svc sync again
sync-pushed = pushed { $n } step { $n ->
        [one] commit
       *[other] commits
    } to { $upstream }
history-no-base = --base { $base }: no such commit in this repository
history-unreadable = cannot read the git history
history-in-commit = { $message } (commit { $commit } by { $author })
history-deleted = { $path } was deleted; records are corrected by further steps, never removed
history-renamed = { $old } was renamed to { $new }
history-backdated = the step of { $who } is dated { $on }, { $late } working { $late ->
        [one] day
       *[other] days
    } before it was committed on { $day } (at most { $max })
history-not-by-actor = the step names { $who } but was committed by someone else, unsigned by them
history-needs-git = svc log needs the records in a git repository
history-no-commit = no commit has { $path }: is { $id } committed?
history-added = { $key }: { $who } on { $day }

## Statistics (svc stats)

stats-absent = absent
stats-actions-done = actions done
stats-actions-done-by-their-planned-date = actions done by their planned date
stats-annual-leave-days = annual leave days
stats-by-cause-category = By cause category
stats-by-channel = By channel
stats-by-month = By month
stats-by-room = By room
stats-came-back-after = came back after
stats-capas-closed = CAPAs closed
stats-capas-opened = CAPAs opened
stats-capas-opened-across = CAPAs opened
stats-capas-verified-effective-closed = CAPAs verified effective (closed)
stats-cause-categories-pareto = Cause categories (Pareto)
stats-cause-category = cause category
stats-change = change
stats-change-against-the-previous-year = Change against the previous year
stats-channel = channel
stats-complaint = complaint
stats-complaints = complaints
stats-chart-complaints = complaints
stats-complaints-by-month = Complaints by month
stats-corrective-and-preventive-actions = Corrective and preventive actions
stats-count = count
stats-cumulative-share = cumulative share
stats-chart-cumulative-share = cumulative share
stats-date = Date
stats-early = early
stats-fail = FAIL
stats-failed = failed
stats-figure = figure
stats-first-time-effectiveness-rate = first-time effectiveness rate
stats-item = item
stats-late = late
stats-leave-post-days = leave-post days
stats-management-review-cc-4-8 = Management review (CC-4.8)
stats-measure = measure
stats-median-working-days-from-complaint-to-closing = median working days from complaint to closing
stats-month = month
stats-no = no
stats-not-yet-triaged = not yet triaged
stats-outstanding = outstanding
stats-pareto-of-cause-categories = Pareto of cause categories
stats-pass = pass
stats-passed = passed
stats-people = people
stats-personal-leave-days = personal leave days
stats-praise = praise
stats-praise-not-complaints = praise (not complaints)
stats-previous-year = previous year
stats-recurrence-after-an-effective-verification-same = Recurrence after an effective verification (same cause, same room)
stats-recurrences = recurrences
stats-recurrences-by-cause = Recurrences by cause
stats-recurrences-by-room = Recurrences by room
stats-reminders = reminders
stats-reminders-sent = reminders sent (催辦)
stats-replies-outstanding = replies outstanding
stats-replies-to-customers-cc-4-7 = Replies to customers (CC-4.7)
stats-replies-wanted = replies wanted
stats-reply-given = reply given
stats-reply-wanted = reply wanted
stats-result = result
stats-reviewed-by = Reviewed by
stats-room = room
stats-rooms = Rooms
stats-section = section
stats-section-people = People
stats-share = share
stats-sick-leave-days = sick leave days
stats-staff = staff
stats-still-open-at-the-end-of-the-period = still open at the end of the period
stats-report = Report
stats-report-item = Item
stats-report-value = Value
stats-report-centre = Centre
stats-report-year = Year
stats-report-day = Report day
stats-report-basis = What is counted
stats-report-basis-text = the complaints received in { $year }, with everything known about them on { $day }
stats-summary = Summary
stats-the-centre-s-responsibility = the centre's responsibility
stats-the-customer-s-responsibility = the customer's responsibility
stats-this-year = this year
stats-total = total
stats-value = value
stats-verifications-late = verifications late
stats-verifications-within-5-working-days-cc-4-5 = verifications within 5 working days (CC-4.5)
stats-verified-late = verified late
stats-vital-few = vital few
stats-working-days = working days
stats-yes = yes
stats-title-centres = Complaint statistics { $year } across { $n } centres (CC-4.8)
stats-title-yearly = { $centre } — complaint statistics { $year } (CC-4.8), as of { $day }
stats-title-monthly = { $centre } — attendance statistics { $month } (ATT-5)
stats-closed-after-rounds = closed after { $n } { $n ->
        [one] round
       *[other] rounds
    }
stats-footer = { $centre } · period { $period } · report day { $day }
help-aliases = aliases

## Dates, ids and the rest

date-bad = `{ $text }` is not a date; write it as YYYY-MM-DD, for example 2026-03-02
date-no-month = `{ $text }` is not a date: there is no month { $month } (write YYYY-MM-DD)
date-no-day = `{ $text }` is not a date: month { $month } of { $year } has no day { $day } (it has { $days } days)
date-expecting = a date such as 2026-03-02
date-not-real = { $text } is not a real date
date-with-time = expected a date without a time, such as 2026-03-02, found { $text }
datetime-bad = `{ $text }` is not a date and time; write it as YYYY-MM-DD HH:MM, for example "2026-03-02 13:30"
datetime-expecting = a local date and time such as 2026-03-02T09:00:00
datetime-zone = expected a local date and time without a zone, such as 2026-03-02T09:00:00, found { $text }
datetime-not-real = { $text } is not a real date and time
month-bad = `{ $text }` is not a month; write it as YYYY-MM, for example 2026-03
id-malformed = `{ $text }` is not a record id; ids look like CMP-2026-0001, CAPA-2026-0001 or LV-2026-0001
stats-category-conflict = cause category `{ $id }` is `{ $name }` in { $centre } but `{ $other_name }` in { $other_centre }: name it the same in every centre's svc.toml before adding them up
sync-no-merge = svc renumber is for a merge in progress (git merge … stopped with conflicts): there is none
stats-workbook-needs-output = a workbook is not for the terminal: add --output FILE.xlsx
stats-workbook-failed = cannot build the workbook
repo-cannot-render = cannot render the record as TOML
generate-not-empty = { $dir } already holds a centre: give an empty folder
generate-wrote = wrote { $n } record files over { $years } { $years ->
        [one] year
       *[other] years
    } in { $dir }; check it with `svc --repo { $dir } --date { $end } check`
floor-read = { $n } files, { $parsed } parsed

## The complaint box

noun-collection = box collection
step-collect = emptying the complaint box
box-collected = { $id }: the complaint box emptied on { $day }, { $forms } { $forms ->
        [one] form
       *[other] forms
    } (CC-4.2)
box-next = log each form collected
count-collections = { $n } { $n ->
        [one] collection
       *[other] collections
    }
form-collection = complaint box collection
column-collection = collection
column-day = day
column-by = by
column-forms = forms
column-logged = logged
rule-box-not-working-day = { $day } is not a working day: the box is emptied on working days
rule-box-twice = the box was already emptied on { $day } ({ $first }): one collection a day
rule-minutes-range = { $minutes } minutes late or early: at most { $max } (a whole day); is the number mistyped?
rule-review-headline = the submission says { $written } complaints, but the figures it submitted count { $counted }
rule-box-forms-range = { $forms } forms in one day's box: at most 10,000; is the count mistyped?
rule-box-more-forms = { $logged } box forms are logged as collected on { $day }, but the collection found { $forms }
rule-box-not-box = `collected` is for forms from the complaint box; this form came by { $channel }
rule-box-untraced = { $id } came from the complaint box but does not say when the box was emptied: add `collected = YYYY-MM-DD` (`--collected`)
rule-box-no-collection = no collection of the complaint box is recorded on { $day }: `svc box collect` that day, or correct the day
rule-box-after = collected { $day }, after the form was logged ({ $received })
rule-box-missed-many = the complaint box was not emptied on { $n } working days, { $first } to { $last } (`svc box collect --date DAY` for each)
rule-box-missed = the complaint box was not emptied on { $day }, a working day (`svc box collect --date { $day }`)
todo-collect-box = empty the complaint box and record how many forms it held

## Inspections (SC-4.1)

noun-inspection = inspection
inspection-good = good conduct
inspection-breach = breach
inspection-recorded = { $id }: { $who }, { $rule }: { $seen } (SC-4.1); evidence for { $grounds }
count-inspections = { $n } { $n ->
        [one] inspection
       *[other] inspections
    }
form-inspection = inspection at the post
suggest-inspection = inspection { $day }: { $rule }, { $seen }
column-inspection = inspection
column-seen = seen
column-grounds = grounds
rule-inspection-by = { $who } ({ $role }) may not record an inspection of { $staff }: the coordination office or their room head does, never the person themselves
rule-inspection-director = { $who } is { $role }: the directors are not inspected at a post
rule-inspection-not-working-day = { $day } is not a working day: nobody is at a post
rule-inspection-note-empty = the note is empty: write what was seen
value-conduct-rule-dress = dress
value-conduct-rule-language = language
value-conduct-rule-post = post
value-conduct-rule-integrity = integrity
value-conduct-rule-tidiness = tidiness
value-conduct-rule-smoking = smoking
value-conduct-rule-other = other

## The management review (CC-4.8)

noun-review = management review submission
review-submitted = { $id }: the { $year } statistics as of { $day } ({ $n } complaints, digest { $digest }) submitted to the management review (CC-4.8)
rule-review-by = { $who } is { $role }: the coordination office head submits the statistics to the management review
rule-review-twice = the { $year } statistics were already submitted ({ $first }): a resubmission supersedes the latest one (`supersedes = "{ $first }"`, which `svc stats yearly --submit --reason TEXT` writes)
rule-review-early = { $id } submits the { $year } statistics on { $day }, before the year ended: a year is submitted on or after { $next }-01-01, when it is complete; remove this file (`git rm`) and submit again in January
rule-review-supersedes-none = it supersedes { $named }, but it is the first submission of { $year }: remove `supersedes`
rule-review-reason = a resubmission says why the figures were submitted again (`reason`, from --reason); it supersedes { $first }
when-previous-submission = the submission it supersedes
when-submission = this submission
rule-review-figures = the records no longer give the figures submitted for { $year } as of { $day }: a record dated before the submission was entered or changed after it; review it and submit again if needed
rule-review-missing = the { $year } statistics were due at the management review by { $due } and no submission is recorded (`svc stats yearly --year { $year } --submit`)

## Circulated criticism and removal notices (RP-2, RP-3)

step-circulate = circulating a criticism
when-circulation = the circulation
column-circulated = circulated
conduct-only-circulated = { $id } is a { $kind }, { $status }: only an approved circulated criticism is circulated
conduct-already-circulated = { $id } was already circulated on { $day }
conduct-circulated = { $id }: the criticism of { $who } circulated (RP-2)
conduct-next-circulate = the coordination office makes it known (RP-2)
rule-removal-not-notified = approved removal not yet notified to the seconding unit: `svc conduct notify { $id }`
rule-not-circulated = approved circulated criticism not yet circulated: `svc conduct circulate { $id }`

## Training and qualification (SC-3.2)

noun-training = training record
noun-qualification = qualification
training-recorded = { $id }: { $who } attended “{ $course }”, { $hours } hours (SC-3.2)
qualification-recorded = { $id }: { $who } may serve at a window from { $day } (certificate { $certificate }, SC-3.2)
training-course = course
training-qualified = qualified
count-training = { $n } { $n ->
        [one] entry
       *[other] entries
    }
column-what = what
rule-training-by = { $who } is { $role }: the coordination office records training and qualifications
rule-training-course-empty = the course is empty: name it
rule-training-hours = { $hours } hours: a course takes some time, and at most 2,000 hours (a year of working days)
rule-qualification-certificate = the certificate number is empty
rule-qualification-untrained = no training of { $who } is recorded on or before { $day }: record the course first (`svc training record`)

## The document register (RP-2 P3)

noun-document = registered document
doc-received = { $id }: “{ $title }” registered, kept in { $kept }
doc-now = { $id }: { $state }
doc-state-kept = kept in { $kept }
doc-state-out = with { $who } since { $day }
doc-state-unsigned = with { $who } since { $day }, not signed for
doc-state-closed = closed on { $day }
doc-state-lost = { $harm } on { $day }, in the charge of { $who }
doc-closed-already = { $id } was closed on { $day }: nothing more happens to it
doc-lost-already = { $id } was recorded lost or damaged on { $day }: nothing more happens to it
doc-still-out = { $id } is still with { $who } (since { $day }): it comes back first (`svc doc return`)
doc-nothing-to-sign = { $id } has no hand-over waiting to be signed for
doc-sign-by-receiver = only { $who }, who received { $id }, signs for it
doc-not-out = { $id } is not out with anyone
doc-signed-on = signed { $day }
doc-not-signed = NOT signed for
doc-returned-on = , back { $day }
form-document = registered document
count-documents = { $n } { $n ->
        [one] document
       *[other] documents
    }
column-document = document
column-title = title
column-state = state
column-number = number
column-kept = kept
column-hand-over = hand-over
suggest-doc-loss = { $harm } { $day }: { $title }
when-doc-previous = the previous step
when-doc-hand-over = the hand-over
when-doc-signed = the signature
when-doc-returned = the return
when-doc-closed = the closing
when-doc-received = the day it was received
when-doc-loss = the loss
rule-doc-empty = `{ $key }` is empty: a registered document says what it is, who sent it and where it is kept
rule-doc-handed-twice = { $id } is handed over again (hand-over { $n }) before it came back from the last holder
rule-doc-unsigned = { $id } was handed to { $who } on { $day } and never signed for: record the signature (`svc doc sign { $id }`)
rule-doc-closed-while-out = { $id } is closed while still out with someone, or after a loss
rule-doc-loss-note = the loss says nothing: write what happened
value-harm-lost = lost
value-harm-damaged = damaged

## Rooms and posts (SC-3.1)

count-rooms = { $n } { $n ->
        [one] room
       *[other] rooms
    }
room-no-posts = no posts listed in svc.toml (SC-3.1)
column-functions = functions
column-posts = posts
column-people = people
column-post = post
rule-room-no-posts = room { $room } lists no posts and duties (`[[rooms.posts]]` in svc.toml)
rule-post-empty = post { $n } of room { $room } needs a name and at least one duty

## Meetings with the customer (CC-4.1, CC-4.3)

meeting-stage = { $stage ->
        [explanation] explained in person
       *[analysis] interviewed for the analysis
    }
complaint-met = { $id }: the customer { $stage }
column-meeting = meeting
when-meeting = the meeting
rule-meeting-stage = a meeting for the { $stage } does not fit how { $id } was triaged: an explanation follows a triage as the customer's, an interview one as the centre's
rule-meeting-by = { $who } may not hold the { $stage } meeting on { $id }: an explanation is the receiving room's or the office's, an interview the coordination office's
rule-meeting-said = the meeting says nothing: write what was said
todo-removal-notice = notify the seconding unit of the removal
todo-circulate = circulate the criticism
todo-sign-document = sign for “{ $title }”
todo-submit-review = submit the { $year } statistics to the management review
init-next = next: edit svc.toml (rooms, staff, holidays), then `git init` and commit; `svc check` validates it
io-cannot-create = cannot create { $path }
io-cannot-write = cannot write { $path }
io-cannot-read = cannot read { $path }
io-cannot-list = cannot list { $path }
io-cannot-edit = cannot edit the file: { $error }
io-write-failed = cannot write { $path }: { $error }
sync-local-file = a file of a local commit
column-sender = sender
column-conduct-rule = rule of conduct

## The step transaction (src/ops/step.rs)
step-git-busy = { $step }: another git command (process { $pid }) holds { $lock }: nothing was written; wait until it has finished, then run the step again
step-git-lock-left = { $step }: git left { $lock } behind and no git command is running: remove it with `rm { $lock }`, then run the step again; nothing was written
step-conflict = { $step }: commit { $commit }, made while this step ran, changed { $path }: nothing was written; run the step again on the new records
step-failed = { $step } was not recorded ({ $error }): nothing was written; run the step again once that is fixed
step-index-not-updated = { $step } is committed as { $commit }, but git's index could not learn it ({ $error }): run `svc repair` before any `git commit`
step-unfinished = { $step } is not finished ({ $error }): the next svc command (e.g. `svc repair`) finishes it
step-head-keeps-moving = HEAD kept moving while the step ran
repair-git-lock-removed = removed { $lock }, left by the interrupted step
check-staged-reversion = git's index holds { $path } otherwise than HEAD, though the file is as committed: the next `git commit` would undo or delete a step; `svc repair` puts the index right (or `git restore --staged -- { $path }`)
check-uncommitted = { $path } is not committed as it is: commit it with `git add -- { $path }` and `git commit`, or undo the edit with `git restore --staged --worktree -- { $path }`
repair-index-restored = git's index holds { $path } as HEAD does again
history-base-not-ancestor = --base { $base } is not an ancestor of HEAD: history was rewritten under it (an amend, a rebase, a force-push); check against the commit the branch really started from
history-added-twice = { $id } was added by two commits on two lines of work ({ $commits }): two records under one id, and a merge keeps one file of them; `svc renumber` during the merge gives one of them a new id
history-dated-before-parent = commit { $commit } is dated before its parent: a date set by hand cannot make a step look recorded in time
history-config-not-by-admin = svc.toml's { $sections } changed by { $author }, who is neither the coordination office head nor in `[git] config_admins` (as svc.toml stood before)
history-unparseable = this version of the record (commit { $commit }) does not parse: its steps cannot be compared with the next; every commit must hold a valid record
key-not-admin = { $who } may not change svc.toml's people: the coordination office head (or someone `[git] config_admins` lists) adds signing keys
key-not-a-key = { $path } holds no SSH public key (a line like `ssh-ed25519 AAAA… name`)
key-not-in-config = { $id } is not in svc.toml's [[staff]]
key-added = signing key of { $who } in svc.toml ({ $key }); their steps on this PC are now signed with it
key-exists = { $path } exists already: a person has one key on this PC
key-no-ssh-keygen = ssh-keygen (OpenSSH) is needed to create a key
key-not-created = ssh-keygen did not create the key; nothing was written
history-not-signed = the step of { $who } is in a commit not signed by their key (`svc key add`): an unsigned commit proves only the e-mail it claims
policy-out-of-range = `[policy] { $key } = { $value }` is outside what a centre can mean ({ $min } to { $max }): correct it in svc.toml
journal-not-a-file = { $journal } is not a regular file (a FIFO, a device or a link): svc never reads it; remove it, then run the step again
check-special-file = not a regular file (a FIFO, socket or device named like a record): svc never opens it; remove it
repo-directory-broken = svc.toml lists someone or something twice ({ $problems }): no step runs until it is fixed, since a step could act or commit as the wrong person; `svc check` shows where
date-out-of-range = `{ $text }` is outside the years svc keeps (1900 to 2200): is the year mistyped?

# The steps as `svc log` names them (each kind's recorded steps).
act-logged-by = logged
act-triage-by = triaged
act-analysis-by = analysed
act-closing-by = closed
act-meetings-by = meeting { $n } with the customer
act-opened-by = opened
act-rounds-actions-added-by = round { $n }, action { $m } added
act-rounds-actions-done-by = round { $n }, action { $m } done
act-rounds-completed-by = round { $n } reported complete
act-rounds-verification-by = round { $n } verified
act-reminders-by = reminder { $n }
act-requested-by = requested
act-steps-by = step { $n } of the route
act-cancelled-by = cancelled
act-received-by = received
act-hand-overs-by = handed over ({ $n })
act-closed-by = closed
act-loss-by = loss reported
act-recorded-by = recorded
act-by = recorded
act-proposed-by = proposed
act-decision-by = decided
act-notified-by = notified
act-circulated-by = circulated

# Questions past intake (issue 19).
ask-no = no
ask-who-are-you = Who are you?
ask-customer = The customer's name (may be left empty)
ask-contact = How to reach them (may be left empty)
ask-wants-reply = Does the customer want a reply? (yes/no)
ask-track-what = What to record
ask-add-action = Add an action
ask-mark-done = Action { $n } done: { $text } (due { $due })
ask-action = The action
ask-action-kind = Kind of action
ask-action-due = Planned completion (YYYY-MM-DD)
ask-verdict = Did the actions work?
ask-verify-note = What was checked and found
capa-action-number-shown = action { $n }
capa-round-complete-shown = this round reported complete
ask-reject-reason = Why not approved
ask-conduct-which = What do the records show?
ask-conduct-other = Someone else, or another ground
ask-conduct-staff = Who
ask-conduct-ground = On which ground
ask-conduct-kind = Commendation or penalty
ask-conduct-note = What happened
ask-decision = Decision
ask-decision-note = A note on the decision (may be left empty)

next-analyse = the coordination office finds the cause and names who is responsible (CC-4.3)

next-close = the coordination office writes the result on the form and closes it (CC-4.7)

next-new-actions = the responsible person adds this round’s actions (CC-4.6)

next-step = next: { $what }
ask-forms = How many forms were in the box
menu-hello = svc for { $who }, { $day }. Pick with ↑↓ and Enter; Esc leaves.
menu-prompt = What now?
menu-todo = To do:
menu-nothing-waiting = Nothing waits for you.
menu-new-complaint = Log a new complaint or praise (CC-4.2)
menu-leave = Ask for leave (ATT-2)
menu-conduct = Propose a commendation or penalty (RP-1 to RP-3)
menu-queries = Look up
menu-quit = Leave
menu-query-todo = What waits for me
menu-query-complaints = This year's complaints
menu-query-capa = This year's corrective and preventive actions
menu-query-leave = My leave slips
menu-query-conduct = This year's commendations and penalties
menu-query-stats = This year's statistics
menu-back = Back
ask-about = Whom did the customer complain about?
ask-about-nobody = Nobody named, or not a person
ask-evidence = The records it rests on (ids, space between; may be left empty)
column-done = done
column-action = action
column-completed = completed
form-customer = { $who } ({ $reply })
check-folder-in-year = a folder inside a year folder of records/{ $folder }/: a year folder holds record files only, and this folder is never read; move it out
