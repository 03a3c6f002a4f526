"""The default vocabulary of who acts: the people, roles, agencies and note shorthand a
goal's actor is read from, one ``|``-separated table per
:class:`~casemgmt.planning._wording._terms.WordingTerms` list (phrases hold spaces).

Plain data like :mod:`._vocabulary` (the verbs and the other rules' words), split off to
keep each table module short; agencies change it through ``WordingTerms.extend``.
"""

_CLIENT_NOUNS = """client|the client|participant|consumer|customer|service user|
resident|tenant|patient|youth|young person|student|jobseeker|job seeker|member|applicant|
person|individual|i|he|she|they|you|myself|himself|herself|themselves|pt|clt|
consumer|recipient|learner|trainee|pupil|newcomer|refugee|asylum seeker|migrant|immigrant|
offender|probationer|parolee|inmate|detainee|veteran|survivor|enrollee|attendee"""

_FAMILY_NOUNS = """parent|parents|mother|father|mum|mom|dad|caregiver|caregivers|carer|carers|
guardian|guardians|family|the family|household|child|children|kid|kids|son|sons|daughter|
daughters|baby|infant|toddler|teen|teenager|sibling group|grandparent|grandmother|
grandfather|foster parent|foster parents|couple"""

_WORKER_NOUNS = """case manager|case managers|casemanager|caseworker|case worker|worker|
workers|support worker|social worker|key worker|youth worker|staff|staff member|
counsellor|counselor|therapist|psychologist|psychiatrist|clinician|practitioner|
agency|service|services|provider|service provider|team|program|programme|program staff|
we|us|nurse|doctor|gp|physician|mentor|coach|advocate|officer|coordinator|coordinators|
co-ordinator|navigator|specialist|consultant|facilitator|tutor|teacher|teachers|school|
landlord|real estate agent|property manager|employer|employers|manager|supervisor|
housing provider|housing officer|centrelink|ndis|court|police|probation officer|
parole officer|judge|department|dhs|cps|dcf|caseload|interpreter|translator|lawyer|
solicitor|attorney|financial counsellor|peer worker|peer support worker|outreach worker|
support coordinator|job coach|employment consultant|occupational therapist|ot|
speech therapist|physiotherapist|dietitian|pharmacist|midwife|health visitor|
family support worker|child protection|paediatrician|pediatrician|psychiatric nurse|
care coordinator|case management team|treatment team|clinic|hospital|shelter|refuge|
volunteer|volunteers|sponsor|child safety|child safety services|family services|
youth justice|community corrections|corrections|housing services|
cm|case mgr|sw|msw|lcsw|lpc|rn|lpn|md|np|pa|pcp|bcba|slp|cpn|chw|nursing staff|
medical staff|care team|support staff|treatment provider|prescriber|peer specialist|
peer mentor|caseworkers|case workers|therapists|clinicians|counsellors|counselors|nurses|
doctors|providers|practitioners|mentors|agencies|the agency|the program|the team|
writer|this writer|nursing|psychiatry|psychology|social work|pharmacy|medical team|
clinical team|care staff|direct care staff|residential staff|house staff|
cna|rbt|dsp|pca|hha|gal|casa|guardian ad litem|direct support professional|
direct support staff|personal care assistant|personal care attendant|home health aide|
aide|aides|teacher's aide|teaching assistant|paraprofessional|paraeducator|para|
interventionist|behavior analyst|behaviour analyst|behavior specialist|
behaviour specialist|physical therapist|speech-language pathologist|pathologist|
dietician|nurse practitioner|primary care provider|medical provider|healthcare provider|
health care provider|school counselor|school counsellor|school nurse|principal|
school district|district|iep team|mdt|multidisciplinary team|care manager|care worker|
job developer|employment specialist|housing specialist|dcfs|dss|dcs|acs|hud|
housing authority|medicaid|medicare|insurer|insurance company"""

# Clients in the plural or as a share: an agency's performance target, not one
# client's behaviour ("80% of participants will...", "Increase the number of clients...").
_PROGRAM_NOUNS = """clients|participants|consumers|service users|patients|residents|tenants|
students|pupils|youths|young people|jobseekers|job seekers|applicants|families|individuals|
households|enrollees|graduates|people served|persons served|our clients|our participants|
offenders|probationers|parolees|inmates|detainees|defendants|customers|our customers|
service recipients|recipients|refugees|asylum seekers|migrants|immigrants|newcomers|
guests|veterans|older people|older adults|seniors|survivors|adults|cases|attendees|
learners|trainees"""

# Aims of a program or of society rather than of one person ("Reduce the economic cost
# of crime to the community", "Enhance public safety"): the goal has no client actor.
_PROGRAM_AIMS = """recidivism|reoffending|re-offending|crime|crime rate|crime rates|
public safety|community safety|cost of crime|costs of crime|service delivery|service gaps|
homelessness|poverty|the county|the region|the state|statewide|countywide|
waiting lists|waitlists|wait times|caseloads"""

# Things only a practitioner handles in a plan: clinical devices and records, a
# classroom's reward scheme. An instruction acting on one ("Insert urinary catheter",
# "Adjust the token reward system", "Maintain accurate intake and output record") is a
# nurse's or teacher's task; the client's own log or device is "your"/"my" one.
_PRACTITIONER_OBJECTS = """catheter|urinary catheter|foley catheter|nasogastric tube|ng tube|
iv line|iv site|cannula|drain|dressings|antiembolism stockings|token system|
token reward system|token economy|reward system|reward chart system|behavior log|
behaviour log|behavior chart|behaviour chart|intake and output|input and output|
i & o|fluid balance|trends|fluctuations|vital signs|skin integrity|pressure areas|
seating plan|classroom rules|circle time"""

_PROGRAM_MEASURES = """number of|percentage of|percent of|proportion of|share of|rate of|
% of|majority of|most of|all of|number|percentage|proportion|share|rate"""

# Last words of an organisation's proper name: a capitalised name ending in one
# ("World Relief", "Catholic Charities", "The Salvation Army") is an agency, not a person.
_ORGANISATION_HEADS = """relief|charities|charity|services|centre|center|council|clinic|
agency|foundation|society|trust|alliance|network|association|ministries|ministry|
institute|coalition|authority|army|partners|partnership|department|commission|board|
hospital|shelter|project|mission|inc|ltd|llc|corporation|cooperative|co-op|collective|
initiative|outreach|league|committee|office|bureau|unit"""

# Nouns that state an aim ("The goal of case management is to..."): owned by a service,
# agency or program, the aim is theirs, not the client's behaviour.
_PURPOSE_NOUNS = """goal|goals|aim|aims|purpose|purposes|objective|objectives|mission|
intent|intention|focus|reason"""

# Note shorthand, written "short=long": expanded before the statement is read.
_SHORTHAND = """c/m=case manager|s/w=social worker|f/u=follow up|
w/=with|w/o=without|re:=about|b/c=because|y/o=year-old|x/wk=times a week|
x/week=times a week|x/day=times a day|x/month=times a month|
/wk=a week|/week=a week|/day=a day|/month=a month|hrs/wk=hours a week|appt=appointment|
appts=appointments|mtg=meeting|mtgs=meetings|tx=treatment|dx=diagnosis|hx=history|
meds=medication|approx=approximately"""

_OTHER_PERSON_NOUNS = """neighbour|neighbor|neighbours|neighbors|partner|husband|wife|
spouse|boyfriend|girlfriend|ex-partner|ex|friend|friends|sister|brother|aunt|uncle|
cousin|relative|relatives|flatmate|roommate|housemate|colleague|boss|peer|peers|
someone|somebody|others|other people|people|perpetrator|perpetrators|abuser|
victim|victims|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|support network|
natural supports|support people|support persons|circle of support|visitor|visitors"""
