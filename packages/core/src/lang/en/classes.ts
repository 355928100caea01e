// What English words mean to the judgement rules: lexical classes of single words, of multi-word expressions and
// of verb lemmas (every inflected form of a lemma takes its classes). Keys are lowercase, with `'` for every
// apostrophe. Written by the normas maintainers (MIT); see LEXICONS.md.
import type { Sem } from "../analysis.js";

/** Single words by class (space-separated). */
export const WORDS: Partial<Record<Sem, string>> = {
  "personal-data":
    "data details phone phones numbers emails email addresses passwords password names cards accounts",
  alarm:
    "incident breach hack hacked hacker hackers attack attacked stolen exposed leaked affected safe safety unsafe danger dangerous risk risks worried worry worrying scary scared news reports stories headlines rumour rumours rumor rumors investigating investigation fire fires burn burning burnt smoke smoked smoking melted scorched exploded explode explosion hot overheat overheated overheating recall recalled faulty dodgy defective password passwords scammers phishing vulnerable alert",
  neg: "not n't never no nobody none nothing neither nor cannot",
  cond: "if unless whether when once until",
  report:
    "according claims claimed alleges alleged reportedly apparently said says told tells mentioned mentions promised",
  coord: "and but or so yet",
  subord: "that because since although though while whereas which who",
  hedge:
    "approximately approx roughly usually normally typically generally estimated estimate hopefully probably possibly maybe perhaps likely around ideally standard most",
  det: "the a an this that these those my your his her its our their each every any some another no ur",
  prep: "of to for with in on at by from about into over under after before without within via per",
  we: "we us our ours ourselves",
  i: "i me my mine myself",
  you: "you your yours yourself yourselves ur",
  they: "they them their he him his she her it",
  company:
    "company brand management board firm corporation headquarters business organisation organization group leadership",
  staff:
    "driver drivers courier couriers technician technicians engineer engineers employee employees staff agent agents manager worker workers warehouse team colleague colleagues rep representative installer cashier crew",
  "third-party":
    "bank banks carrier postal council government supplier suppliers manufacturer customs transport logistics haulier",
  money:
    "money amount cost costs expense expenses price difference fee fees charge charges payment payments postage shipping bill dollars dollar pounds pound euros euro cash balance total subscription",
  charge: "charge charges fee fees overcharge payment",
  "refund-n": "refund refunds reimbursement reimbursements chargeback",
  "compensation-n": "compensation goodwill",
  voucher: "voucher vouchers coupon coupons credit credits points gift giftcard freebie sample samples",
  free: "free complimentary gratis freebie",
  discount: "discount discounts off promo promotion",
  code: "code codes coupon promo",
  order:
    "order orders parcel parcels package packages delivery deliveries shipment item items product products replacement box unit purchase device",
  time: "tomorrow today tonight monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december noon midday morning afternoon evening weekend week hours days eod",
  certain: "guaranteed guarantee definitely certainly promise promised absolutely",
  legal: "legally law laws statutory legislation regulations legal",
  entitled: "entitled",
  fault: "fault faults blame culpable",
  negligence: "negligence negligent negligently careless carelessness",
  incident:
    "error errors mistake mistakes failure failures fault faults defect defects delay delays spill breakage incident problem outage leak contamination",
  "rules-n": "contract contracts regulations regulation rules law laws rights obligations protocol duty",
  liable: "liable liability",
  responsibility: "responsibility responsible accountable",
  harm: "damage damages injury injuries loss losses harm accident fall burn burns flood fire wound contaminated",
  official: "official officially formally",
  stance: "position stance statement decision policy announcement pledge commitment line",
  behalf: "representative spokesperson spokesman spokeswoman representing behalf",
  body: "board leadership management directors executive executives",
  personal: "personally",
  channel: "account profile store shop website site page channel distributor app",
  already: "already again repeatedly twice thrice",
  broken:
    "broken damaged dented crushed cracked burst leaking leaked spilled defective faulty expired stale wrong missing smashed torn warm flat rancid empty incomplete error errors glitch bug crashes crashing freezes freezing scorched smoked melted frayed loose failed gone lost stolen vanished disappeared rude yelled shouted laughed nothing soaked wet weird metallic mouldy moldy gross disgusting melted stuck declined loud crashed",
  waiting: "waiting wait late delay delays delayed overdue weeks days months hours still yet",
  again: "third fourth fifth again repeatedly keeps",
  bad: "terrible awful horrible appalling disgrace disgraceful unacceptable ridiculous useless worst pathetic shocking disappointed disappointing joke rubbish scam shambles poor disaster nightmare hate hated cheated conned misled lousy outrageous furious fuming livid tiring exhausting shame embarrassing shambolic unreal",
  sorry: "sorry apologies apologise apologize apologising apologizing",
  validate: "right fair understandable understand frustrating annoying maddening rightly understandably",
  private: "dm dms inbox pm whatsapp",
  leisure:
    "pool spa beach terrace holiday vacation hotel garden sofa bath weekend flavour flavor bubbles hammock sunshine sun sunday saturday",
  mock: "congrats congratulations bravo genius champ sweetie honey hun darling obviously duh evidently",
  belittle: "drama dramatic overreacting exaggerating tragedy",
  problem: "problem problems issue",
  slow: "slowly",
  product: "drink drinks can cans bottle bottles product soda tea coffee",
  elsewhere: "elsewhere competitor competitors competition",
  please: "please pls plz kindly",
};

/** Multi-word expressions by class (`|`-separated). */
export const PHRASES: Partial<Record<Sem, string>> = {
  alarm:
    "what happened|what 's happening|what is happening|what 's going on|what is going on|the news|the reports|the stories|the headlines|in the news|all the news",
  aside: "aside from|apart from|besides|other than|leaving aside|leaving that aside",
  cond: "in case|as long as|provided that|as soon as",
  free: "free of charge|at no cost|at no charge|at no extra cost|no charge|for free|zero cost|no cost",
  "on-us":
    "on the house|at our expense|on our dime|our treat|are on us|is on us|pick up the cost|foot the bill",
  discount: "half price|half off|money off",
  certain:
    "without fail|no matter what|for sure|you have my word|i promise|we promise|i guarantee|we guarantee|one hundred percent|100 percent",
  time: "next week|this week|this weekend|end of day|by friday|by monday|by tomorrow|within 24 hours|within 48 hours|in 24 hours|in 48 hours|business days|working days|day after tomorrow|first thing",
  legal:
    "under the law|by law|consumer rights act|consumer rights|your rights|statutory rights|legal right|legal rights|legally entitled|entitled to",
  entitled: "entitled to|are owed|is owed|you're owed|have a right|have the right",
  behalf:
    "on behalf of|speaking for|speak for|speaking on behalf of|on the part of|as a representative of|as the spokesperson",
  official:
    "it 's official|it is official|this is official|that 's official|on the record|on record|made its call|made the call|the company talking|company-wide|want to be clear|wants to be clear|loud and clear",
  company: "as a company|as a business|as a brand|the whole",
  personal: "in my opinion|my personal opinion|my own view|speaking personally",
  hedge: "should be|might be|may be|if all goes well|barring delays|all being well",
  already:
    "once again|yet again|one more time|several times|multiple times|many times|a few times|more than once|for the last time|how many times|three times|four times|three separate|every reply|the same thing|going round in circles",
  elsewhere:
    "somewhere else|go elsewhere|shop elsewhere|another brand|other brands|another store|the competition|nobody is forcing you|no one is forcing you|nobody's forcing you|no one's forcing you|unfollow button|don't buy it|dont buy it|you're free to leave|you are free to leave|take your business|the door is|where the door is|nobody's making you|no one's making you|nobody is making you",
  others:
    "everyone else|everybody else|all our other customers|other customers|thousands of customers|thousands of other customers|nobody else|no one else|millions of customers",
  mock: "final answer|you'll survive|you will survive|about your level|however will you|you'd be amazed|choose wisely|who knew|what a surprise|breaking news|oh honey|bless your heart|what did you expect|what do you expect|what do you want us to do|big surprise|because we said so|that's life|take it or leave it|end of discussion|end of story|deal with it|use your head|the clue is in the name|funnily enough|sure jan|cool story|maths is maths|imagine being|scroll up|punctuation is free|what more do you want|counting is great|pass your congratulations|comes free with|it's not complicated|not complicated",
  belittle:
    "not a big deal|no big deal|not rocket science|not that hard|not that difficult|first world problem|not the end of the world|hardly the end of the world|such a drama|so dramatic|dramatic much|easy tiger|easy there|keep your hair on|simmer down|could be worse|make a fuss|this much fuss|so much fuss|you'll survive|move on|welcome to the real world|patience is a virtue|get a hobby|take a breath|deep breaths|lower the temperature|let's not panic|so personally|isn't that long|give it a rest|you're acting like|and yet here you are|not an organ transplant|a you problem|a you thing|a you issue|skill issue|down to your|up to your standards|nobody's making you|no one's making you|nobody is making you|no need to shout|no need to cry|stop shouting|caps lock|life or death|a bit strong|let's not exaggerate|wasn't that bad|isn't really|grand scheme of things|not our only customer|not the only customer|like everyone else|other customers don't|nobody else complains|that's what happens when|just how it goes|the week isn't over|time's the charm|we're rather busy|we're not sat here|once would've been enough|once would have been enough|is another matter|you only had to look|which you agreed to|have you tried reading|tried reading|too much to ask|fine print|small print|double-check before|pay a bit more attention|a bit more attention|bit dramatic|a bit dramatic|cry about it|whatever you say|you get what you pay for|nothing more to add|tough luck|shit happens|not hard to look up|which nobody reads|if anyone bothered|bothered reading|just read it|the only person complaining|the only one complaining|buy from someone else|when it gets there|shut up",
  slow: "in small words|small words|so you understand|spell it out|one more time for",
  "stop-v": "stop|quit",
  waiting:
    "still waiting|still no|still nothing|still haven't|still hasn't|no sign|no news|yet to|today's the|and nothing|since the|been waiting|never arrived|never came|never got|on hold|zero replies|no replies|days ago|weeks ago|still says|still shows|still showing|still in|stuck in|stuck on|in the queue|took days|took weeks|weeks now|days now|hours now|minutes now|no parcel|no package|chat queue|in the queue|then silence|not even an email|not even a reply|not even a call|so long to reply|so long to answer|ever going to answer|ever going to reply|just decoration|nobody ever answers|nobody ever picks up|never picks up|days to reply",
  broken:
    "tasted like|tastes like|tasted off|tastes off|smells off|smelled off|not valid|says invalid|charged me|charged twice|double charged|billed twice|promised a callback|never called|never rang|with no|came without|even though i cancelled|after cancelling|after i cancelled|not what i ordered|instead of|been down|is down|was down|went down|without my|without telling|without asking|without any notice|never went through|didn't go through|did not go through|only two|only one|never showed|never turned up|never came|someone else's|someone elses|shortchanged me|short changed me|wiped all my|wiped my|locked my account|locked me out|logs me out|logging me out|ate my|died after|cut off|hung up on me|overcharged me",
  again:
    "second time|third time|fourth time|once again|yet again|every time|nobody answers|no one answers|nobody replies|no one replies|no reply|no response|no answer|nobody's answering|no one is answering|both times|not one reply|not a single reply|not one answer|no one has answered|nobody has answered|nobody picks up|no one picks up|lost count|anyone there|is anyone there|anybody there",
  bad: "not impressed|not happy|not cool|not good enough|bad service|poor service|what a joke|thanks for nothing|thanks a lot|ripped off|ripped me off|rip off|rip-off|fed up|sick of|sick and tired|had enough|without notice|without warning|no power|without power|no signal|no internet|power cut",
  validate:
    "you're right|you are right|totally fair|fair enough|fair point|completely understand|totally understand|we understand|i understand|we get it|totally get it|completely get it|i get it|makes sense|not your fault|you're not alone|far from alone|not the only one|thanks for letting us know|thanks for flagging|thanks for reporting|thanks for telling us|thanks for your patience|thank you for your patience|thanks for bearing with us|that's frustrating|so frustrating|what a pain|ugh|oh no|shouldn't have happened|should not have happened|not what we want|not the experience|every right|right to be|we know|nothing worse|thanks for sticking|thanks for bearing|we hear you|we get why|we completely get|on it|we're on it|for letting us know|for flagging this|for flagging it|for reporting this|for reporting it|for the heads up|for the heads-up|quite rightly|rightly so|that's not on|not on, is it|far too long|no wonder you're|gutted to hear|appreciate you letting|appreciate the heads|far from the only|can't argue with|not the unboxing|hanging in there|bear with us|sounds rough|let me chase|let me check|let me look into|let me find out|come back to you|get back to you|forgive us|we're gutted|that's way too long|is way too long|happens to the best|happens to everyone|we appreciate you|on it now|we're on it",
  private:
    "direct message|private message|drop us a line|customer service|support team|by email|via email|email us|by phone|call us|on the phone",
  "refund-n": "money back|full refund",
  fault: "to blame|duty of care|in breach",
  "arrive-v": "on its way|on the way|at your door|with you by",
  report:
    "according to|told us|told me|said that|you see this as|you see it as|in your view|you feel this was",
};

/** Verb lemmas by class. */
export const LEMMAS: Partial<Record<Sem, string>> = {
  "refund-v": "refund reimburse repay",
  "return-v": "return",
  "cancel-v": "cancel reverse void waive remove drop scrap",
  "credit-v": "credit",
  "compensate-v": "compensate comp",
  "gift-v": "gift comp",
  discount: "halve reduce lower discount",
  "promise-v": "guarantee promise ensure",
  "cover-v": "cover absorb",
  "pay-v": "pay",
  "give-v":
    "give send add offer apply load gift ship replace throw include provide issue grant extend top share attach put knock swap mail post",
  "receive-v": "get receive have keep enjoy find",
  "arrive-v": "arrive deliver land reach be get come go",
  "appear-v": "appear show hit reflect post clear",
  "process-v": "process issue handle sort",
  "admit-v": "admit acknowledge accept own recognise recognize confess",
  "breach-v": "breach infringe violate break",
  "cause-v": "cause result lead",
  incident: "fail mess",
  harm: "damage injure hurt burn break contaminate",
  "comply-v": "comply follow meet respect",
  "opinion-v": "think believe feel consider",
  "decide-v": "decide choose resolve determine opt",
  "stance-v":
    "decide resolve agree choose announce commit condemn reject support back oppose endorse disagree distance tolerate accept join pledge stand",
  "announce-v": "announce confirm declare state communicate",
  "publish-v": "publish post pin release issue",
  "share-v": "share link attach check see read find pass",
  "calm-v": "calm relax chill settle simmer breathe cool",
  "upset-v": "upset panic shout yell",
  "function-v":
    "work arrive answer respond reply refund let charge turn show ship come load open connect start accept help read sync switch honour honor call credit pay get apply move show pick go ring",
  "charge-v": "charge bill",
  "action-v":
    "review check look investigate escalate pass sort fix replace send chase resolve follow verify ship update arrange book process refund credit resend track trace",
  "contact-v": "write call contact message email dm reach ring text ping",
  "ask-v": "ask asking complain whine",
  "tell-v": "tell say explain mention state inform repeat advise warn point answer reply",
  "read-v": "read check look follow",
};

/** Base forms of English verbs the analysis knows (besides the lemmas above), for verb groups and commands. */
export const VERBS =
  "be have do go make take come see know think look want use find work call try ask need feel become leave put mean let begin seem help talk turn start show hear play run move like live believe hold bring happen write sit stand lose meet include continue set learn change lead understand watch follow stop create speak allow spend grow open walk win wait serve die buy expect build stay fall cut kill remain suggest raise pass sell require report decide pull break thank contact message dm email text ring reach update fix sort resolve investigate review halve reduce lower breach infringe violate cause comply believe consider fail mess damage injure contaminate condemn reject oppose endorse disagree distance tolerate join pledge chase verify escalate investigate type sync switch honour honor arrange book ping look chase escalate forward reply respond apologise apologize appreciate understand complain order use install restart reset update download login log sign click tap choose select fill enter wear bother worry panic shout scream yell insult threaten lie cheat blame mess shop buy stick deal cope grow unplug plug reinstall uninstall clear delete press charge reboot refresh restore reconnect unpair pair tighten rinse shake chill cry moan whinge whine";

/** Irregular verbs: base, past, past participle (when it differs from the past). */
export const IRREGULAR =
  "be:was,were:been have:had do:did:done go:went:gone get:got:gotten give:gave:given send:sent make:made take:took:taken pay:paid put:put find:found keep:kept bring:brought buy:bought come:came:come see:saw:seen say:said tell:told know:knew:known think:thought feel:felt let:let set:set leave:left lose:lost mean:meant meet:met run:ran:run sell:sold spend:spent understand:understood write:wrote:written read:read speak:spoke:spoken break:broke:broken choose:chose:chosen drive:drove:driven fall:fell:fallen forget:forgot:forgotten forgive:forgave:forgiven hold:held hear:heard lead:led lend:lent sit:sat stand:stood steal:stole:stolen teach:taught throw:threw:thrown wear:wore:worn win:won begin:began:begun build:built catch:caught cost:cost cut:cut deal:dealt eat:ate:eaten fight:fought fly:flew:flown grow:grew:grown hang:hung hit:hit hurt:hurt lay:laid light:lit quit:quit seek:sought shoot:shot show:showed:shown shut:shut sleep:slept stick:stuck strike:struck swear:swore:sworn tear:tore:torn upset:upset withdraw:withdrew:withdrawn become:became:become bet:bet bite:bit:bitten blow:blew:blown burn:burnt,burned feed:fed freeze:froze:frozen learn:learnt,learned shine:shone sing:sang:sung sink:sank:sunk spill:spilt,spilled spin:spun spit:spat spoil:spoilt,spoiled wake:woke:woken resend:resent rebuild:rebuilt mislead:misled misunderstand:misunderstood undo:undid:undone redo:redid:redone rise:rose:risen arise:arose:arisen";
