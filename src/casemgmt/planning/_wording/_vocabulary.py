"""The default vocabulary of the goal-wording checks: one ``|``-separated table per
:class:`~casemgmt.planning._wording._terms.WordingTerms` list (phrases hold spaces).

Plain data, read by ``WordingTerms`` and by ``tools/gen_irregular_verbs.py``; agencies
change it through ``WordingTerms.extend``/``without``, not by editing this file.
"""

# --- Who acts --------------------------------------------------------------

# A verb that opens an imperative or follows a worker subject: the doer is a worker.
_WORKER_VERBS = """help|assist|support|refer|provide|ensure|encourage|teach|link|connect|serve|
arrange for|monitor|educate|coordinate|co-ordinate|advocate|facilitate|deliver|
enable|empower|assess|liaise|motivate|prompt|remind|coach|mentor|counsel|guide|inform|
advise|instruct|train|equip|allocate|assign|organise for|organize for|case manage|
screen|evaluate|reassess|source|procure|fund|oversee|make a referral|
complete a referral|broker|persuade|continue to support|continue to provide|
maintain contact with|outreach|assist with|help with|sign off|administer|dispense|
titrate|observe|document|re-evaluate|case-manage|promote|treat|intervene|diagnose|
reinforce|praise|reassure|validate|reorient|reposition|probe|elicit|model"""

# Past participles after be/get: a practitioner act done to the client.
_WORKER_PARTICIPLES = """helped|supported|referred|encouraged|provided|given|assisted|linked|
connected|offered|taught|seen|assessed|monitored|reminded|prompted|visited|contacted|
driven|transported|accompanied|placed|shown|coached|mentored|counselled|counseled|
treated|evaluated|screened|educated|trained|informed|advised|guided|supervised|
allocated|assigned|case managed|followed up|checked|observed|called|funded|paid|secured|
found|arranged|organised|organized|sourced|booked|scheduled|made|done|sent|told|
taken|brought|escorted|reviewed|reassessed|tested|drug tested|interviewed|enrolled by|
introduced|coordinated|facilitated|motivated by|empowered|equipped|instructed|
granted|approved|allocated|delivered|installed|repaired|completed|submitted|lodged|
obtained|purchased|bought|collected|identified|explored|discussed|developed|
established|created|set up|put in place|implemented|maintained|addressed|met|
resolved|reduced|improved|increased|provided with|offered to|prescribed|administered|
given to|shared|sent to|released|processed|sorted|cleaned|cleared|fixed|planned|praised|
reinforced|redirected|reassured|reoriented|repositioned|validated"""

# Past participles that name the client's own state or attainment.
_ATTAINMENT_PARTICIPLES = """employed|housed|enrolled|registered|engaged|involved|prepared|
organised|organized|motivated|qualified|vaccinated|immunised|immunized|toilet trained|
toilet-trained|reunified|reunited|discharged|settled|established|insured|licensed|
licenced|certified|accepted|admitted|hired|awarded|married|graduated|enlisted|
re-enrolled|reconnected|rehoused|re-housed|stabilised|stabilized|committed|dressed|
ready|able|willing|prepared|interested|confident|independent|employed part-time|
employed full-time|self-employed|compliant|stable|stably housed"""

# Attainment states that are verifiable at a point in time (measurable).
_ATTAINMENT_STATES = """employed|housed|enrolled|registered|qualified|vaccinated|immunised|
immunized|toilet trained|toilet-trained|reunified|reunited|discharged|insured|licensed|
licenced|certified|accepted|admitted|hired|awarded|graduated|enlisted|re-enrolled|
rehoused|re-housed|stably housed|self-employed|employed part-time|employed full-time|married|
divorced"""

_ACTIVITY_VERBS = """meet|read|walk|run|cook|clean|shop|save|share|explain|describe|point|
greet|respond|answer|wait|stand|sleep|eat|drink|exercise|swim|dress|bathe|shower|brush|wash|
volunteer|study|collaborate|check|track|navigate|bring|ride|catch|play|sing|listen|speak|
turn|carry|lift|push|pull|fill|wear|watch|hear|forget|like|talk|go|come|see|look|give|put|
sit|phone|ring|drop|pick|fetch|tidy|fix|repair|mend|paint|knit|sew|dance|climb|jump|throw|
kick|stretch|breathe|relax|wake|shave|comb|feed|thank|invite|borrow|lend|pack|unpack|wrap|
lock|unlock|chew|swallow|pour|stir|boil|bake|fry|chop|sweep|mop|vacuum|hang|sort|sit down|
go over|go through|check in"""
"""Everyday verbs that are neither a worker's task nor an accomplishment nor vague: knowing
them lets an instruction ("Meet with Sam...", "Walk to the shop") be read as one."""

_RECEIVING_VERBS = """receive|get|have|be given|be provided with|benefit from|undergo|
have access to|be given access to|accept"""

_SERVICE_NOUNS = """counselling|counseling|therapy|support|supports|services|service|help|
assistance|treatment|case management|visits|home visits|visit|referral|referrals|advice|
coaching|mentoring|care|respite|cbt|dbt|emdr|act|psychotherapy|medication review|
assessment|assessments||supervision|outreach|psychoeducation|education|
intervention|interventions|services from|sessions|session|check-ins|check-in|
guidance|monitoring|transport|funding|advocacy|in-home support|home support|lessons|
workshops|tutoring|stimulation|visitation|supervised visitation|transportation|
exam|exams|examination|examinations|check-up|check-ups|checkup|checkups|health check|
health checks|physical exam|eye exam|dental exam|vaccination|vaccinations|immunisation|
immunization|flu shot|blood test|blood tests|scan|x-ray|treatments|therapies|
psychotherapies|referral services|care services|medication management|pharmacotherapy"""

# Services given once, named without a verb: "Referral to a psychologist", "Family
# interview to collect social history" (WORDING_LABELS 3: a worker's single act is an event).
_SERVICE_EVENTS = """referral|assessment|reassessment|evaluation|interview|orientation|
closure|consultation|case conference|discharge meeting|needs assessment"""

# --- Negative terms --------------------------------------------------------

_NEGATORS = """not|never|no|none|nothing|nor|neither|nobody|no one|no longer|no more|
cannot|without"""

_CESSATION_VERBS = """stop|quit|cease|refrain|abstain|avoid|prevent|resist|refuse|desist|
give up|cut out|stay away|keep away|stay out|keep out|stay off|keep off|get off|come off|
abstinence|abstinent|avoidance|prevention|cessation|say no|steer clear|
withdraw from|kick the habit|break the habit|end|skip|forgo|forego|off-limits|off limits|
ban|prohibit|forbid|block|block access|step away|abandon|renounce"""

_REDUCTION_WORDS = """reduce|reduction|decrease|lessen|minimise|minimize|eliminate|
elimination|cut down|cut back|limit|curb|lower|fewer|less|decline|diminish|resolution of|
remission of|remission|restrict|sparingly|suppress|curtail"""

# Ceilings on a problem: "no more than", "below 10 on the PHQ-9".
_CEILING_PHRASES = """no more than|not more than|at most|a maximum of|maximum of|or less|only|
or fewer|less than|fewer than|under|below|not exceed|not to exceed|or below|or lower|
or under|only when|only if|only as much|only as many|limit of|limits of|cap of|quota of|
allowance of"""

# After "without", these keep the goal positive ("without reminders"): a prompt, a person's
# help, or an aid or device the client manages without ("without a cane", "without a
# calculator"); a modifier may come between ("without verbal prompts").
_SUPPORT_WORDS = """reminder|reminders|prompt|prompts|prompting|prompted|assistance|help|
support|supervision|aid|aids|being asked|being told|being reminded|being prompted|
being prompted|fail|assistance from|help from|support from|needing help|needing reminders|
needing assistance|needing support|needing prompts|relying on|a reminder|a prompt|
an escort|a support person|companion|safety companion|chaperone|supports|staff support|
worker support|cueing|cues|guidance|
cue|verbal cue|verbal cues|physical assist|assist|modeling|modelling|adult modeling|
adult modelling|adult support|adult assistance|adult help|scaffolding|redirection|
redirections|redirects|repetition|repetitions|rephrasing|reminding|cuing|assists|coaching|
oversight|escort|aide|model|models|hand-over-hand|physical guidance|accommodation|
accommodations|modification|modifications|adaptations|visuals|visual supports|
assistive device|assistive devices|adaptive equipment|device|devices|equipment|cane|
canes|walker|walkers|walking frame|zimmer frame|wheelchair|crutch|crutches|gait belt|
grab bar|grab bars|handrail|
handrails|rail|railing|calculator|word bank|number line|manipulatives|notes"""

# Words after a negative word that make the phrase a name ("relapse prevention plan").
_NAME_HEADS = """plan|plans|program|programs|programme|programmes|course|courses|group|
groups|class|classes|workshop|workshops|training|session|sessions|service|services|
skills|techniques|strategies|therapy|counselling|counseling|clinic|line|app|worksheet|
kit|order|orders|meeting|meetings|support|curriculum|module|modules|education|
medication|medications|treatment|specialist|team|contract|agreement|package|tool|tools|
toolkit|website|resources|resource|tips|policy|network|approach|model|sign|date|day|
visit|visits"""

_NAME_PHRASES = """harm reduction|relapse prevention|violence prevention|suicide prevention|
falls prevention|fall prevention|stress reduction|smoking cessation|quitline|quit line|
anger management|overdose prevention|crime prevention|
risk reduction|debt reduction|homelessness prevention|eviction prevention|
tenancy sustainment|bus stop|non-violent|nonviolent|no-show|no-cost|no cost|
no-interest|no interest|zero tolerance|lower extremity|lower extremities|lower body|
lower limb|lower limbs|lower back|end with|end in|end up|conflict resolution|dispute resolution|
full stop|bus stop|pit stop|one-stop|one stop shop|stop by|stop in|stop off|free of charge|
free of cost|reduce , reuse"""

_FREE_SUFFIX_EXCEPTIONS = """hands-free|cost-free|fee-free|interest-free|rent-free|duty-free|
toll-free|carefree|care-free|gluten-free|sugar-free|stress-free"""

_REPLACEMENT_PHRASES = """instead of|rather than|in place of|as an alternative to|
in favour of|in favor of|as a replacement for|replace"""

# --- Measurable ------------------------------------------------------------

_NUMBER_WORDS = """one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|
thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|
sixty|seventy|eighty|ninety|hundred|thousand|once|twice|thrice|zero|half|dozen|single|
both"""

_FREQUENCY_WORDS = """daily|nightly|weekly|fortnightly|biweekly|bi-weekly|monthly|
quarterly|yearly|annually|hourly|weekdays|weekends|mondays|tuesdays|wednesdays|
thursdays|fridays|saturdays|sundays|every day|each day|every morning|each morning|
every evening|each evening|every night|each night|every week|each week|every month|
each month|every other|every time|each time|whenever|per day|per week|per month|
per night|per fortnight|per year|a day|a week|a month|a night|a fortnight|a year|
every weekday|each weekday|every school day|each school day|every session|
each session|every appointment|each appointment|every meeting|each meeting|
every visit|each visit|every shift|each shift|every payday|each payday|every class|
each class|every monday|every tuesday|every wednesday|every thursday|every friday|
every saturday|every sunday|each monday|each tuesday|each wednesday|each thursday|
each friday|on time each|as prescribed|as directed|as instructed|as ordered|
as scheduled|every scheduled|
each scheduled|all scheduled|at every|at each|on each|on every|each term|every term|
each semester|every semester|each pay|every pay|every fortnight|each fortnight|
weeknights|on weeknights|school nights|every weeknight|each weeknight|every school night|
everyday"""

_TIME_UNITS = """second|seconds|minute|minutes|min|mins|hour|hours|hr|hrs|day|days|night|
nights|week|weeks|wk|wks|fortnight|fortnights|month|months|year|years|term|terms|
semester|semesters|session|sessions|weekend|weekends|morning|mornings|evening|evenings|
quarter|quarters"""

_MONTHS = """january|february|march|april|may|june|july|august|september|october|
november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|christmas|easter|
spring|summer|autumn|fall|winter|eofy|end"""

# Days of the week: capitalised, but never a person's name when a hint quotes a goal.
_WEEKDAYS = """monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|
thu|thur|thurs|fri|sat|sun"""

# Prepositions that make a following number a deadline, not a criterion.
_DEADLINE_PREPOSITIONS = """by|before|within|in|until|till|after|from|on|during|over|
no later than|not later than|prior to|at|starting|beginning|around|of"""

# Countable events a universal or zero quantifier can bind ("every appointment").
_COUNTABLE_EVENTS = """appointment|appointments|session|sessions|meeting|meetings|class|
meal|meals|mealtime|mealtimes|
classes|payment|payments|bill|bills|court date|court dates|hearing|hearings|shift|
shifts|visit|visits|day|days|test|tests|drug test|drug tests|screen|screens|urine screen|
urine screens|incident|incidents|episode|episodes|arrest|arrests|absence|absences|
suspension|suspensions|detention|detentions|hospitalisation|hospitalisations|
hospitalization|hospitalizations|admission|admissions|relapse|relapses|dose|doses|
medication|medications|assignment|assignments|homework|lesson|lessons|practice|
practices|group|groups|rent|instalment|instalments|installment|installments|school day|
school days|workday|workdays|placement|interview|interviews|exam|exams|subjects|subject|
units|unit|check-in|check-ins|contact|contacts|call|calls|missed|late|unexcused|
evictions|eviction|charges|offences|offenses|fights|fight|outbursts|outburst|tantrums|
tantrum|injuries|injury|reports|report|referrals|breaches|breach|violations|meal|meals|
event|events|outing|outings|invitation|invitations|time|times|occasion|occasions|
weekday|weekdays|night|nights|morning|mornings|week|weeks|month|months|dose|
suspensions|missed payment|missed payments|lapse|lapses|appts|appt|falls|
conflict|conflicts|concern|concerns|side effect|side effects|craving|cravings|urge|urges|
panic attacks|presentations|call-outs|callouts|overdoses|overdose|hospital admissions|
symptom|symptoms|seizure|seizures|self-harm|nightmare|nightmares|flashback|flashbacks"""

# Verbs whose completion is a verifiable event, whatever the concrete object.
_ACCOMPLISHMENT_VERBS = """obtain|enrol|enroll|complete|pass|graduate|sign|submit|file|
register|apply|move|relocate|secure|gain|get|find|open|buy|purchase|earn|attain|achieve|
receive|return|start|begin|commence|finish|book|schedule|make|arrange|call|phone|ring|
write down|jot down|note down|write out|contact|email|text|ask|ask for help|
ask for assistance|ask for support|visit|see|join|sign up|set up|create|write|prepare|draft|develop|
build|establish|form|pay off|repay|pay restitution|pay back|pay fines|pay arrears|clear|
lodge|collect|take|sit|reunify|reunite|
transition|find out|seek|select|choose|nominate|present|hand in|attend|participate|
undergo|have|be|renew|replace|apply for|look for|identify|list|name|sign on|
claim|access|locate|secure|win|qualify|resume|re-enrol|re-enroll|request|organise|
organize|send|refer|make a referral|inform|notify|tell|take part|plan|design|draw up|
put together|research|purchase|install|settle|get back|do|review|fix|repair|hold|
assess|drive|link|connect|place|allocate|approve|grant|deliver|provide|give|offer|
arrange for|reunite|waive|reinstate|serve|prescribe|cancel|approve|close|enter|accompany|
evaluate|reassess|re-evaluate|administer|consult|throw away|throw out|get rid of|discard|
dispose of|remove|take down|clear out|block|delete|uninstall|unsubscribe|disable"""

# Verbs that only count when the object is concrete (see CONCRETE_OBJECTS).
_CONCRETE_ONLY_VERBS = """gain|get|find|achieve|develop|build|establish|form|create|make|
prepare|write|draft|design|draw up|put together|set up|have|seek|look for|apply|
apply for|access|identify|list|name|plan|receive|take|save|use|practise|practice|go|
walk|meet|sleep|organise|organize|arrange|request|research|compare|resolve|negotiate|
settle|pay|show|bring|provide|record|document|leave|travel|drive|select|choose|win|
claim|locate|return|get back|start|begin|commence|attend|participate|join|
take part|undergo|open|secure|earn|attain|obtain|complete|finish|present|collect|
hand in|sign|submit|lodge|renew|replace|buy|purchase|install|have|be|do|hold|
drive|link|connect|provide|give|offer|deliver|serve|prescribe|enter|accompany"""

# Heads that make those objects concrete.
_CONCRETE_OBJECTS = """ssi|ssdi|snap|tanf|medicaid|wic|section 8|food stamps|ebt card|
clothing|clothes|phone number|telephone number|telephone|sponge bath|blanket|
blankets|coat|jacket|food parcel|hamper|mattress|furniture|cot|crib|car seat|uniform|shoes|
disability benefits|unemployment benefits|jobseeker payment|disability support pension|
job|jobs|work|employment|position|role|apprenticeship|traineeship|
internship|housing|accommodation|home|flat|apartment|unit|house|tenancy|lease|rental|
room|bed|place|placement|licence|license|learner's|permit|id|identification|photo id|
passport|birth certificate|medicare card|card|bank account|account|budget|plan|
safety plan|resume|cv|cover letter|letter|application|applications|form|forms|payment|
payments|benefit|benefits|allowance|pension|grant|loan|income|diploma|certificate|
certification|qualification|degree|ged|hsc|transcript|course|class|program|programme|
counselling|counseling|therapy|treatment|rehab|rehabilitation|detox|assessment|
appointment|interview|exam|test|gp|doctor|dentist|psychologist|psychiatrist|
counsellor|counselor|therapist|lawyer|solicitor|sponsor|mentor|referral|tax return|
debt|debts|fine|fines|bond|car|phone|laptop|computer|bike|bicycle|childcare|daycare|
kindergarten|preschool|school|college|centre|center|office|agency|bank|council|
landlord|employer|clinic|hospital|real estate|university|tafe|training|workshop|group|
session|list|routine|schedule|timetable|relationship|
relationships|tenancy agreement|agreement|contract|medicare|insurance|visa|check|
police check|working with children check|tax file number|tfn|abn|order|
intervention order|protection order|avo|dvo|care plan|
residency|citizenship|permanent residency|refugee status|appeal|hearing|meeting|
case conference|procedures|procedure|information|details|dates|date|
service|provider|club|team|gym|library card|food bank|pantry|centrelink|ndis|
organization|organisation|congregation|league|insurances|restitution|journal|diary|
sleep diary|sleep journal|conversation|exit strategy|exit plan|pact|fine|fines|debt|debts|arrears|
reasons|pros and cons|
assistance|package|funding|wheelchair|equipment|aids|hearing aids|glasses|
vaccination|immunisation|immunization|check-up|checkup|health check|scan|
results|statement|statements|budget plan|savings plan|savings account|
direct debit|rent|bills|bill|arrears|repayment plan|payment plan|portfolio|
profile|driving test|learner permit|provisional licence|p plates|language class|
english class|english classes|amep|citizenship test|interpreter|translator|
support person|sister|brother|mother|father|friend|neighbour|neighbor|family member|
work experience|volunteer role|volunteering|placement|sports club|playgroup|
parenting program|parenting course|parenting class|support group|group session|
access visit|visit|visitation|contact visit|medication review|mental health plan|
care plan|ndis plan|ndis application|housing application|priority housing|
social housing|public housing|transitional housing|supported accommodation|
employment service|job club|job network|employment program|recovery group|
aa|na|smart recovery|meeting|12-step|sponsor|mock interview|work trial|work trials|
heating|tutor|voucher|food voucher|medicare card|detox unit|unit|bond|
home modifications|modifications|support meeting|contact visits|access visits|
conference|family conference|family group conference|case conference|helpline|line|
crisis line|hotline|centrepay|mygov|mygov account|headspace|lifeline|questionnaire|
survey|screening tool|jobseeker|jobseeker payment|youth allowance|carer payment|
disability support pension|rent assistance|intervention order|apology letter|review|
psychiatric review|court|qualifications|certificates|documents|papers|
phq-9|phq9|gad-7|gad7|k10|k-10|dass-21|sdq|epds|honos|pcl-5|outcome star|outcomes star"""

# Objects that keep a goal vague whatever the verb.
_ABSTRACT_OBJECTS = """skills|skill|confidence|self-esteem|self esteem|understanding|insight|
awareness|knowledge|trust|ways|way|strategies|strategy|coping|independence|resilience|
balance|stability|motivation|sense|hope|peace|wellbeing|well-being|health|habits|
habit|support|help|connections|connection|friendships|friendship|sobriety|recovery|
capacity|ability|abilities|self-care|self care|routines|patience|boundaries|
communication|relationships with others|rapport|bond|attachment|resources|tools|
techniques|coping skills|emotional regulation|regulation|control|responsibility|
accountability|respect|empathy|acceptance|comfort|safety|security|belonging|
progress|improvement|improvements|change|changes|goals|goal|interests|hobbies|
feelings|emotions|thoughts|options|opportunities|mood|self-worth|purpose"""

# Services and institutions: attending one is open-ended unless counted.
_ONGOING_INSTITUTIONS = """school|work|church|college|university|tafe|meetings|appointments|
sessions|classes|groups|activities|programs|programmes|services|events|gatherings|
playgroups|clubs|lessons|appts|appt|check-ups|checkups"""

_VAGUE_MARKERS = """as needed|when needed|if needed|as required|when required|
as necessary|when necessary|if necessary|as appropriate|when appropriate|
if appropriate|if possible|when possible|where possible|when ready|as able|
when able|if able|less often|more often|less frequently|more frequently|more regularly|
less regularly|regularly|as possible|whenever possible|whenever needed|whenever necessary"""

# Named scales: a threshold word or number after one makes a criterion.
_SCALE_NAMES = """phq-9|phq9|phq|gad-7|gad7|gad|k10|k-10|kessler|dass|dass-21|sdq|bdi|
beck|audit|dast|hamilton|edinburgh|epds|honos|gaf|cans|nsw|gas|pcl-5|pcl|sdqs|
outcome star|outcomes star|wellbeing scale|distress scale|scale|likert|rating|score|
scores|level|grade|grades|average|gpa|reading age|band|percentile"""

# States defined by a reading against a clinical norm: reaching one is checked with a
# measurement, as a threshold on a named scale is ("afebrile": temperature below 38 C).
_THRESHOLD_STATES = """afebrile|apyrexial|normothermic|normotensive|normoglycaemic|
normoglycemic|euglycaemic|euglycemic|euvolaemic|euvolemic|normocardic|normokalaemic|
normokalemic"""

_THRESHOLD_WORDS = """below|above|under|over|at least|at or below|at or above|or more|
or higher|or above|or lower|normal range|minimal range|non-clinical|nonclinical|
sub-clinical|subclinical|cut-off|cutoff|threshold|passing|pass|mild range|
normal|minimal|moderate range|severe range|low range|"""

# Verbs of talk, thought or feeling: never a criterion by themselves.
_VAGUE_VERBS = """improve|increase|enhance|strengthen|understand|feel|accept|
recognise|recognize|realise|realize|appreciate|know|explore|discuss|talk|consider|
think|reflect|work on|address|deal|cope|manage|maintain|continue|demonstrate|
display|show|express|learn|grow|become|be|remain|stay|keep|live|experience|
value|believe|trust|respect|focus|process|heal|adjust|adapt|engage|participate|
communicate|interact|socialise|socialize|relate|care|love|enjoy|want|wish|hope|
try|aim|strive|work|comply|cooperate|co-operate|follow|use|practise|practice|
attend|go|spend|look after|take care|stabilise|stabilize|progress|develop|build|
gain|reduce|decrease|stop|avoid|quit|refrain|abstain|limit"""

# Verbs that take a "to"-infinitive naming the real target ("try to stop").
_CATENATIVE_VERBS = """continue|try|begin|start|learn|aim|plan|want|need|choose|decide|agree|
like|love|commit|strive|attempt|intend|hope|wish|work|seek|endeavour|endeavor|prepare|have|
make sure|remember|manage|be able|be ready|be willing|be going|be prepared|
be expected|be required|be motivated|be encouraged|be supported|be helped|be assisted|
make an effort|make efforts|make a decision|make the decision|
take steps|undertake|promise|pledge|resolve|get|go on|
keep|work hard|be committed|be determined|be ready|be likely|be responsible|
learn how|know how|find out how|practise how|practice how|be asked|be expected|
be linked|be connected|be referred|be taught|be coached|be enabled|be empowered"""

# Words that close the goal's own clause: what follows is a purpose, condition
# or relative clause and is not the goal's target.
_SUBORDINATORS = """so|because|since|when|whenever|if|unless|until|while|whilst|as soon as|
after|before|once|which|who|whom|whose|that|where|in order|so that|in case|
although|though|even though|even if|as long as|provided that|lest|to help|to assist|
to support|to enable|to allow|to ensure|to reduce|to lower|to prevent|to avoid|
to decrease|to minimise|to minimize|to limit|to stop|to keep|to build|to improve|
to increase|to maintain|to promote|to show|to demonstrate|to prove|to make|
as a way to|as a means to|thereby|helping|allowing|enabling|aiming to|aimed at|
with the aim of|in an effort to|so as to"""

_ADVERBS = """also|then|now|still|just|actively|consistently|independently|successfully|
regularly|fully|immediately|gradually|safely|appropriately|effectively|promptly|
voluntarily|willingly|personally|continually|continuously|calmly|openly|honestly|
confidently|reliably|punctually|both|either|each|only|even|further|additionally|
all|always|usually|generally|first|initially|eventually|ultimately|finally|hopefully|ideally|
soon|shortly|again|together|jointly|themselves|herself|himself|myself|ourselves|
more|better|really|truly|completely|totally|mostly|largely|partly|daily|weekly|
monthly|nightly|fortnightly|increasingly|steadily|steady|proactively|positively|
readily|freely|easily|openly|directly|self|sufficiently|adequately|properly"""

_CARE_VERBS = """toilet|dim|suction|splint"""
"""Verbs of care notes that WordNet lists mainly as nouns or adjectives ("Toilet client
hourly", "Dim the lights"): verbs before an object, as ``also_nouns``."""
