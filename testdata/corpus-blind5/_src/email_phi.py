# Hand-written emails that DO carry PHI. Each dict: r (reason), frm, to, subj, body,
# optional html / cte / html_cte / charset / subj_enc / att / inline / hdr / cc.
from common import (CARDS, html_doc, make_pdf, make_png, make_jpeg, make_gif,
                    make_docx, make_ics)

EMAIL_PHI = []


def E(**kw):
    EMAIL_PHI.append(kw)


# 1 ------------------------------------------------------------------
E(r="Sofwave pre-treatment instructions (HTML table, QP)",
  frm=("Juniper Aesthetics", "hello@juniperaesthetics.com"),
  to=("Dana Whitlock", "dana.whitlock@example.net"),
  subj="Getting ready for your Sofwave treatment",
  cte="quoted-printable",
  body="""Hi Dana,

We're looking forward to seeing you on Thursday, June 12 at 2:15 PM for your Sofwave treatment with Nurse Practitioner Elise Grant.

Before your visit:
- Arrive with clean skin: no makeup, moisturizer or sunscreen on the treatment area.
- Skip retinoids and exfoliating acids for 3 days.
- Take 2 Tylenol an hour before if Elise cleared it at your consult.
- Plan on about 60 minutes for the full face and neck.

Afterward you may be a little pink and puffy for a few hours. Results build over 12 weeks.

Warmly,
The Juniper team
1180 Alder St, Suite 4, Portland OR 97205 | (503) 555-0131
""",
  html=html_doc("Juniper Aesthetics", """<p>Hi Dana,</p>
<p>We're looking forward to seeing you for your <strong>Sofwave</strong> treatment.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dddddd;">
<tr><td><b>Date</b></td><td>Thursday, June 12</td></tr>
<tr><td><b>Time</b></td><td>2:15 PM (about 60 minutes)</td></tr>
<tr><td><b>Provider</b></td><td>Elise Grant, NP</td></tr>
<tr><td><b>Area</b></td><td>Full face and neck</td></tr>
</table>
<ul>
<li>Arrive with clean skin: no makeup, moisturizer or sunscreen on the treatment area.</li>
<li>Skip retinoids and exfoliating acids for 3 days.</li>
<li>Take 2 Tylenol an hour before if Elise cleared it at your consult.</li>
</ul>
<p>Afterward you may be a little pink and puffy for a few hours. Results build over 12 weeks.</p>
<p>Warmly,<br>The Juniper team</p>""", preheader="Your Thursday visit: what to do before you come in"))

# 2 ------------------------------------------------------------------
E(r="Mohs surgery day instructions",
  frm=("Summit Mohs & Skin Surgery", "frontdesk@summitmohs.com"),
  to=("Marcus Bell", "mbell62@example.com"),
  subj="Your surgery day on Monday - what to expect",
  body="""Dear Mr. Bell,

This confirms your Mohs surgery with Dr. Adaeze Okoye on Monday, March 10. Please check in at 7:15 AM.

What to expect:
* Mohs is done in stages. We remove a thin layer, examine it under the microscope while you wait, and repeat until the margins are clear. Most patients are here 3-5 hours.
* Eat a normal breakfast and take your usual medications, including blood thinners, unless your cardiologist told you otherwise.
* The site on your left temple will be bandaged afterward. Plan no heavy exercise for one week.
* Bring a sweater, a snack and something to read. One companion is welcome.

If you have questions, reply to this email or call (720) 555-0148.

Summit Mohs & Skin Surgery
""")

# 3 ------------------------------------------------------------------
E(r="biopsy result letter (base64 body)",
  frm=("Tidewater Dermatology", "results@tidewaterderm.com"),
  to=("Helen Ruiz", "hruiz@example.org"),
  subj="Your results are available",
  cte="base64",
  body="""Dear Helen,

Your shave biopsy from the right forearm (specimen A, collected 2/4) has been read by the dermatopathologist.

Diagnosis: irritated seborrheic keratosis. This is a benign (non-cancerous) growth and needs no further treatment.

The biopsy site should be healed within 2-3 weeks. Keep applying petroleum jelly and a bandage until the scab is gone.

If you would like the full pathology report, it is posted to your portal.

Dr. Samuel Okoye
Tidewater Dermatology
""")

# 4 ------------------------------------------------------------------
E(r="reply: new text clean, quoted history has thigh lift + drain removal",
  frm=("Reese Calloway", "reese.calloway@example.com"),
  to=("Brightwater Plastic Surgery", "care@brightwaterps.com"),
  subj="Re: Checking in",
  hdr=[("In-Reply-To", "<care.4471@brightwaterps.com>"), ("References", "<care.4471@brightwaterps.com>")],
  body="""Thursday at 10 works, thanks! See you then.

Reese

On Tue, Apr 8, 2025 at 4:12 PM Brightwater Plastic Surgery <care@brightwaterps.com> wrote:
> Hi Reese,
>
> How is the swelling doing after your thigh lift? From the numbers you
> logged, both drains are low enough that we can take them out this week.
> Would Thursday at 10 or Friday at 2 work?
>
> Nurse Tamsin
> Brightwater Plastic Surgery
""")

# 5 ------------------------------------------------------------------
E(r="forwarded lab results for semaglutide patient (staff)",
  frm=("Dr. Vivian Rhee", "vrhee@copperleafwellness.com"),
  to=("Nurse Kelsey Park", "kpark@copperleafwellness.com"),
  subj="Fwd: Lab results - weight loss pt",
  body="""Kelsey - can you call her today? Fine to go up to 1 mg on the semaglutide. Recheck A1c in 3 months.

V.

---------- Forwarded message ---------
From: Quest Patient Services <noreply@results.example.com>
Date: Mon, Jan 13, 2025 at 6:02 AM
Subject: Lab results - weight loss pt
To: <vrhee@copperleafwellness.com>

Patient: MARTINEZ, GLORIA   Chart#: CW-11820
Collected: 01/10/2025

Hemoglobin A1c ........ 5.9 %     (H, ref <5.7)
Glucose, fasting ...... 104 mg/dL (H)
TSH ................... 2.1 uIU/mL
Lipase ................ 38 U/L
Creatinine ............ 0.82 mg/dL
""")

# 6 ------------------------------------------------------------------
E(r="HIDDEN PREHEADER only: Morpheus8 aftercare (visible text generic)",
  frm=("Saffron Skin Studio", "news@saffronskin.co"),
  to=("", "priya.r@example.com"),
  subj="Spring is here at Saffron",
  body="""Spring is here at Saffron!

Our spring open house is April 24 from 5 to 8 PM. Bring a friend, enjoy mocktails, and enter the raffle for a $250 gift card.

New hours: we're now open until 7 PM on Wednesdays.

See you soon,
Saffron Skin Studio
""",
  html=html_doc("Saffron Skin Studio", """<h2 style="margin-top:0;">Spring is here at Saffron!</h2>
<p>Our spring open house is <b>April 24 from 5 to 8 PM</b>. Bring a friend, enjoy mocktails, and enter the raffle for a $250 gift card.</p>
<p>New hours: we're now open until 7 PM on Wednesdays.</p>
<p>See you soon,<br>Saffron Skin Studio</p>""",
  preheader="Priya, your Morpheus8 day-3 aftercare checklist + how to handle the grid marks"))

# 7 ------------------------------------------------------------------
E(r="ENCODED-WORD SUBJECT only: Kybella follow-up (body generic)",
  frm=("Vela Aesthetics", "team@velaaesthetics.com"),
  to=("Nora Lindgren", "nora.l@example.com"),
  subj="Your Kybella follow-up \U0001F4C5 next Friday",
  subj_enc="B",
  body="""Hi Nora,

Just checking in before your visit next Friday at 1:30. Reply here if anything comes up or you need to move it.

Talk soon,
Vela Aesthetics
(312) 555-0186
""")

# 8 ------------------------------------------------------------------
E(r="PDF consent attachment (Morpheus8)",
  frm=("Driftwood Skin & Body", "forms@driftwoodskin.com"),
  to=("Camille Beaulieu", "cbeaulieu@example.ca"),
  subj="Please sign before Saturday",
  body="""Hi Camille,

Please review and sign the attached consent before your appointment on Saturday. You can print it or sign it digitally and reply with the file.

Thank you!
Driftwood Skin & Body
""",
  att=[("Consent_Morpheus8_RF_Microneedling.pdf", make_pdf([
      "Driftwood Skin & Body - Informed Consent",
      "Procedure: Morpheus8 fractional radiofrequency microneedling",
      "Treatment area: lower face and neck",
      "Risks include redness, swelling, pinpoint bleeding, grid marks,",
      "hyperpigmentation, infection, and rarely scarring.",
      "I confirm I am not pregnant and have no active cold sores.",
      "Patient signature: ____________________  Date: __________"]))])

# 9 ------------------------------------------------------------------
E(r="before/after photo attachment (JPEG)",
  frm=("Monarch Facial Plastics", "photos@monarchfacial.com"),
  to=("Siobhan McAllister", "siobhan.mca@example.ie"),
  subj="Your 12-week photos",
  body="""Hi Siobhan,

As promised, here are your 12-week photos next to the ones from your first visit. The lower face and jawline have tightened up really nicely.

Dr. Castellanos will go over them with you at the check-in on the 21st.

Best,
Monarch Facial Plastics
""",
  att=[("before_front.jpg", make_jpeg()), ("after_12wk_front.jpg", make_jpeg())])

# 10 -----------------------------------------------------------------
E(r=".ics invite for abdominoplasty surgery",
  frm=("Cedar Ridge Plastic Surgery", "scheduling@cedarridgeps.com"),
  to=("Fatima Al-Sayed", "fatima.alsayed@example.com"),
  subj="Calendar invite: your surgery",
  body="""Hello Fatima,

Your surgery has been added to the attached calendar invite. Please arrive at the Cedar Ridge Surgery Center at 6:00 AM. Nothing to eat or drink after midnight.

Cedar Ridge Plastic Surgery
""",
  att=[("surgery.ics", make_ics("cr-20250519-0600@cedarridgeps.com", "Abdominoplasty with muscle repair - Dr. Hollis",
                                "20250519T130000Z", "20250519T180000Z", "Cedar Ridge Surgery Center, 22 Quarry Rd",
                                "Arrive 6:00 AM. NPO after midnight. Bring compression garment. Driver required."))])

# 11 -----------------------------------------------------------------
E(r=".docx pre-op instructions for breast augmentation",
  frm=("Halcyon Plastic Surgery", "nurse@halcyonps.com"),
  to=("Leilani Kahananui", "leilani.k@example.com"),
  subj="Pre-op packet",
  body="""Aloha Leilani,

Attached is your pre-op packet. Please read it before your pre-op appointment next Tuesday and bring any questions.

Mahalo,
Nurse Jodi
Halcyon Plastic Surgery
""",
  att=[("PreOp_Instructions_Breast_Augmentation.docx", make_docx([
      "Halcyon Plastic Surgery - Pre-operative Instructions",
      "Procedure: Bilateral breast augmentation, submuscular, 350cc silicone implants",
      "Two weeks before: stop aspirin, ibuprofen, fish oil, vitamin E and herbal supplements.",
      "One week before: pick up your prescriptions (Keflex, Norco, Zofran).",
      "Night before: shower with Hibiclens. Nothing to eat or drink after midnight.",
      "Day of surgery: wear a front-closing top. Bring your surgical bra."]))])

# 12 -----------------------------------------------------------------
E(r="ATTACHMENT ONLY: clean body, PNG map attached (any attachment = PHI)",
  frm=("Pearl Street MedSpa", "frontdesk@pearlstreetmedspa.com"),
  to=("", "jwalsh@example.com"),
  subj="Parking map",
  body="""Hi Jamie,

Here's the parking map you asked for. The visitor spots are the ones marked in blue, right next to the side entrance.

See you Wednesday!
Pearl Street MedSpa
""",
  att=[("parking_map.png", make_png(32, 24, (70, 110, 200), (230, 230, 230)))])

# 13 -----------------------------------------------------------------
E(r="INLINE IMAGE (cid) in otherwise generic welcome email",
  frm=("Solstice Wellness Bar", "welcome@solsticewellness.com"),
  to=("Arjun Desai", "arjun.desai@example.com"),
  subj="Welcome to Solstice",
  body="""Welcome to Solstice!

Thanks for joining. Your membership starts on the 1st of next month. Our lounge is open 8 to 8 on weekdays and 9 to 4 on Saturdays.

The Solstice team
""",
  html="""<html><body style="font-family:Georgia,serif;">
<p><img src="cid:lounge-photo@solstice" alt="Our lounge" width="480" height="240"></p>
<p>Welcome to Solstice!</p>
<p>Thanks for joining. Your membership starts on the 1st of next month. Our lounge is open 8 to 8 on weekdays and 9 to 4 on Saturdays.</p>
<p>The Solstice team</p>
</body></html>
""",
  inline=[("lounge-photo@solstice", "lounge.png", make_png(48, 24, (240, 200, 160)))])

# 14 -----------------------------------------------------------------
E(r="marketing newsletter with product/treatment pricing table",
  frm=("Alder & Vine Med Spa", "offers@alderandvine.com"),
  to=("", "subscriber8812@example.net"),
  subj="June menu: Daxxify, Sculptra and Emface specials",
  cte="quoted-printable",
  body="""JUNE SPECIALS AT ALDER & VINE

Daxxify ............................ $11/unit (min. 40 units)
Sculptra ........................... $750/vial, buy 2 get 1 at 50% off
Emface, 4-session package .......... $2,800
Hydrafacial Signature + LED ......... $179
Kybella ............................ $600/vial

Book online or call (619) 555-0177. Offers end June 30.
""",
  html=html_doc("Alder &amp; Vine Med Spa", """<h2 style="margin-top:0;">June specials</h2>
<table width="100%" cellpadding="8" cellspacing="0" style="border-collapse:collapse;">
<tr style="background:#eef3ee;"><th align="left">Treatment</th><th align="right">Price</th></tr>
<tr><td>Daxxify</td><td align="right">$11/unit (min. 40 units)</td></tr>
<tr style="background:#f8f8f8;"><td>Sculptra</td><td align="right">$750/vial &middot; buy 2, get 1 at 50% off</td></tr>
<tr><td>Emface, 4-session package</td><td align="right">$2,800</td></tr>
<tr style="background:#f8f8f8;"><td>Hydrafacial Signature + LED</td><td align="right">$179</td></tr>
<tr><td>Kybella</td><td align="right">$600/vial</td></tr>
</table>
<p>Book online or call (619) 555-0177. Offers end June 30.</p>""", color="#5b7553",
      preheader="Five June offers, through the 30th"))

# 15 -----------------------------------------------------------------
E(r="insurance verification: member ID with prefix + DOB (staff)",
  frm=("Lena Ortiz", "billing@riverbendderm.com"),
  to=("Eligibility Desk", "eligibility@riverbendderm.com"),
  subj="Verify coverage before Thursday",
  body="""Please run eligibility for tomorrow's 9:20 new patient:

Name: Thanh Huong Nguyen
DOB: 1967-08-22
Plan: Anthem Blue Cross PPO
Member ID: YRK948201336
Group: 00217734

She's coming in for a full skin exam. Thanks!
Lena
""")

# 16 -----------------------------------------------------------------
E(r="patient emails full Amex number to pay balance",
  frm=("Hiroshi Tanabe", "htanabe@example.jp"),
  to=("Billing - Kestrel Aesthetics", "billing@kestrelaesthetics.com"),
  subj="Payment for my balance",
  body="""Hello,

Please charge my balance of $420 to this card:

American Express %s
Exp 04/28
Billing zip 98109

Thank you,
H. Tanabe
""" % CARDS["amex"])

# 17 -----------------------------------------------------------------
E(r="Dupixent prior authorization letter: atopic dermatitis, member ID, DOB",
  frm=("Marigold Dermatology Associates", "priorauth@marigoldderm.com"),
  to=("Prior Authorization Unit", "pa@healthplan.example.com"),
  subj="PA request - dupilumab",
  body="""To whom it may concern,

I am requesting authorization of dupilumab (Dupixent) 300 mg SC every 2 weeks after a 600 mg loading dose.

Patient: Esther Goldfarb
Date of birth: 09/30/1958
Member ID: HPX-4420-981-07

Diagnosis: moderate-to-severe atopic dermatitis (L20.9), BSA 22%, EASI 27.
Failed therapies: triamcinolone 0.1% ointment x 8 weeks, tacrolimus 0.1% x 12 weeks, narrowband UVB x 24 sessions.

Please contact our office with any questions.

Priya Natarajan, MD
Marigold Dermatology Associates
NPI 1487623950
""")

# 18 -----------------------------------------------------------------
E(r="Spanish: post-op lipo instructions, faja, drains (latin-1 QP)",
  frm=("Clínica Estética Alameda", "citas@clinicaalameda.com"),
  to=("Marisol Quintero-Vega", "marisolqv@example.com"),
  subj="Indicaciones después de su liposucción",
  charset="iso-8859-1",
  cte="quoted-printable",
  body="""Estimada Marisol:

Le enviamos las indicaciones para los primeros días después de su liposucción de abdomen y flancos:

- Use la faja las 24 horas; sólo quítesela para bañarse.
- Vacíe los drenajes dos veces al día y anote la cantidad.
- Camine un poco cada 2 horas para prevenir coágulos.
- Tome el antibiótico (cefalexina) cada 6 horas hasta terminarlo.
- El masaje linfático empieza al quinto día.

Si tiene fiebre mayor de 38 °C o mucho dolor, llámenos de inmediato al (956) 555-0102.

Atentamente,
Clínica Estética Alameda
""")

# 19 -----------------------------------------------------------------
E(r="French: biopsy shows basal cell carcinoma",
  frm=("Cabinet de Dermatologie Beaulieu", "secretariat@dermabeaulieu.fr"),
  to=("Yves Marchand", "y.marchand@example.fr"),
  subj="Résultat de votre biopsie",
  subj_enc="Q",
  cte="quoted-printable",
  body="""Bonjour Monsieur Marchand,

Le résultat de la biopsie réalisée le 14 février sur l'aile du nez montre un carcinome basocellulaire nodulaire.

Le Dr Fontaine vous propose une chirurgie de Mohs ou une exérèse chirurgicale classique. Merci d'appeler le secrétariat pour prendre rendez-vous afin d'en discuter.

Bien cordialement,
Le secrétariat
""")

# 20 -----------------------------------------------------------------
E(r="Portuguese: lip filler with hyaluronic acid, swelling",
  frm=("Espaço Bella Pele", "contato@bellapele.com.br"),
  to=("Gabriel Duarte Costa", "gabriel.dcosta@example.com.br"),
  subj="Cuidados após o preenchimento labial",
  body="""Olá!

Seguem os cuidados após o preenchimento labial com ácido hialurônico:

• Inchaço e pequenos hematomas são normais por 3 a 5 dias.
• Evite beijos, canudos e exercícios intensos por 24 horas.
• Não faça massagem no local a menos que a Dra. Luana peça.
• Se notar a pele branca, roxa ou dor forte, ligue imediatamente.

Retorno em 15 dias.

Abraços,
Equipe Bella Pele
""")

# 21 -----------------------------------------------------------------
E(r="FULL NAME IN To: HEADER ONLY (directory patient); body generic",
  frm=("Oakhurst Dermatology", "appointments@oakhurstderm.com"),
  to=("Tariq Jamal", "tjamal@example.com"),
  subj="Appointment confirmed",
  body="""Hi Tariq,

Your appointment is confirmed for Friday at 9:00 AM at our Oakhurst Ave office. Please arrive 10 minutes early.

Oakhurst Dermatology
(414) 555-0123
""")

# 22 -----------------------------------------------------------------
E(r="directory patient full name in body only (address change)",
  frm=("Bayview Dermatology", "records@bayviewderm.com"),
  to=("", "ihalvorsen@example.no"),
  subj="Address updated",
  body="""Dear Ingrid Halvorsen,

Thank you for letting us know about your move. Your mailing address has been updated to 88 Fjord Lane, Apt 2B, Seattle WA 98107.

Warm regards,
Bayview Dermatology front office
""")

# 23 -----------------------------------------------------------------
E(r="semaglutide weekly check-in: dose, weight, GI side effects",
  frm=("Copperleaf Wellness", "program@copperleafwellness.com"),
  to=("Dmitri Volkov", "dvolkov@example.com"),
  subj="Week 6 check-in",
  body="""Hi Dmitri,

Great progress: you're down 11.4 lbs since your start weight. Here's your plan for week 6:

Medication: compounded semaglutide, 0.5 mg weekly (20 units on the insulin syringe)
Injection day: Sunday, rotate abdomen left/right/thigh
Side effects you reported: mild nausea day 1-2, constipation

Tips: smaller meals, stop eating when you're 80% full, 80+ oz water, and add Miralax if you go 2 days without a BM.

Your next vial ships Wednesday. Reply with your weight next Sunday.

Coach Marnie, RN
Copperleaf Wellness
""")

# 24 -----------------------------------------------------------------
E(r="hormone pellet lab review (estradiol, testosterone, PSA)",
  frm=("Dr. Vivian Rhee", "vrhee@copperleafwellness.com"),
  to=("Tomasz Zielinski", "tzielinski@example.pl"),
  subj="Your lab review",
  body="""Tomasz,

I reviewed the labs drawn 4 weeks after your last pellet insertion:

Total testosterone: 812 ng/dL (goal 600-900)
Free testosterone: 19.6 ng/dL
Estradiol: 48 pg/mL (slightly high)
Hematocrit: 49.8%
PSA: 0.9 ng/mL

Plan: keep the same pellet dose (10 x 200 mg). Start anastrozole 0.5 mg twice weekly for the estradiol. Repeat labs in 10 weeks.

Dr. Rhee
""")

# 25 -----------------------------------------------------------------
E(r="IV therapy menu newsletter (Myers, NAD+, glutathione)",
  frm=("Drip Haus IV Lounge", "hello@driphaus.example"),
  to=("", "member2231@example.com"),
  subj="New drips on the menu \U0001F4A7",
  cte="base64",
  body="""NEW AT DRIP HAUS

Myers' Cocktail (magnesium, B-complex, B12, vitamin C, calcium) ...... $169
NAD+ 250 mg (2-3 hour infusion) ..................................... $349
Glutathione push add-on ............................................. $45
Recovery drip with Toradol + Zofran ................................. $199
B12 shot, walk-in ................................................... $25

Members save 20%. Book at driphaus.example/book
""",
  html=html_doc("Drip Haus IV Lounge", """<h2 style="margin-top:0;">New drips on the menu</h2>
<table width="100%" cellpadding="8" cellspacing="0">
<tr><td>Myers' Cocktail <span style="color:#888;">(magnesium, B-complex, B12, vitamin C, calcium)</span></td><td align="right">$169</td></tr>
<tr><td>NAD+ 250 mg <span style="color:#888;">(2&ndash;3 hour infusion)</span></td><td align="right">$349</td></tr>
<tr><td>Glutathione push add-on</td><td align="right">$45</td></tr>
<tr><td>Recovery drip with Toradol + Zofran</td><td align="right">$199</td></tr>
<tr><td>B12 shot, walk-in</td><td align="right">$25</td></tr>
</table>
<p>Members save 20%. <a href="https://driphaus.example/book">Book now</a></p>""", color="#1b7f8c"))

# 26 -----------------------------------------------------------------
E(r="hair restoration consult summary (FUT vs FUE, grafts, finasteride)",
  frm=("Evergreen Hair Restoration", "consults@evergreenhair.com"),
  to=("Nnamdi Okafor", "nokafor@example.com"),
  subj="Summary of your consultation",
  body="""Hi Nnamdi,

Thank you for meeting with Dr. Sato on Saturday. Here is a summary:

- Hair loss pattern: Norwood 4, good donor density (about 80 FU/cm2)
- Recommended: FUE, approximately 2,200-2,500 grafts to the frontal third and hairline
- FUT strip was discussed; you preferred to avoid the linear scar
- Medical therapy: start finasteride 1 mg daily and topical minoxidil 5% now, to protect existing hair
- Optional PRP at 3 and 6 months post-op

Estimated fee: $11,000-$12,500. We'll hold a date for you with a $1,000 deposit.

Evergreen Hair Restoration
""")

# 27 -----------------------------------------------------------------
E(r="post-op day 1 after deep plane facelift",
  frm=("Northgate Facial Plastics", "nurse@northgatefp.com"),
  to=("Esther Goldfarb", "egoldfarb@example.com"),
  subj="Day 1 check-in",
  body="""Good morning Esther,

Just checking on you the morning after your deep plane facelift and neck lift.

- Keep the head wrap on until your visit tomorrow, when we'll remove it and check the drain.
- Empty the drain bulb every 8 hours and write down the amount.
- Keep your head elevated on 2-3 pillows, and no bending over.
- Take the Norco only if the Tylenol isn't enough, and keep up with the stool softener.

Please call us right away if one side becomes much more swollen or tight than the other.

Nurse Maya
Northgate Facial Plastics
""")

# 28 -----------------------------------------------------------------
E(r="consult notes: capsular contracture, explant options",
  frm=("Dr. Lydia Hollis", "lhollis@cedarridgeps.com"),
  to=("Aaliyah Whitfield", "aaliyah.w@example.com"),
  subj="Notes from today",
  body="""Aaliyah,

As promised, a recap of what we discussed today.

Findings: Baker grade III capsular contracture on the right, saline implants placed in 2014, no signs of rupture on the ultrasound.

Options:
1. Explant with total capsulectomy on both sides, with or without a lift.
2. Capsulectomy on the right and exchange to new smooth silicone implants.

You mentioned that you are leaning toward option 1. The quote from our coordinator will follow. Take your time.

Dr. Hollis
""")

# 29 -----------------------------------------------------------------
E(r="seroma aspiration follow-up after tummy tuck",
  frm=("Brightwater Plastic Surgery", "care@brightwaterps.com"),
  to=("Bridget Kowalczyk", "bridget.kowal@example.com"),
  subj="After today's visit",
  body="""Hi Bridget,

Today Dr. Ames drew off 120 cc of fluid from the seroma above the tummy tuck incision. It's common for a little to come back.

- Wear the binder snugly day and night.
- Limit activity for 5 days.
- If the area feels full and sloshy again, send a picture and we'll re-aspirate next week.

Care team, Brightwater Plastic Surgery
""")

# 30 -----------------------------------------------------------------
E(r="post-op prescription list (Percocet, Keflex, Zofran, Colace, Arnica)",
  frm=("Cedar Ridge Plastic Surgery", "nurse@cedarridgeps.com"),
  to=("Yasmin Haddad", "yasmin.haddad@example.com"),
  subj="Your medications",
  cte="quoted-printable",
  body="""Hi Yasmin,

These were sent to the Walgreens on Broadway this morning. Please pick them up before Friday:

1. Percocet 5/325 - 1-2 tabs every 4-6 hours as needed for pain (do not combine with Tylenol)
2. Keflex 500 mg - 4 times a day for 7 days, start the morning after surgery
3. Zofran 4 mg ODT - every 8 hours as needed for nausea
4. Colace 100 mg - twice daily while taking Percocet
5. Arnica montana 30C - 5 pellets under the tongue 3 times daily (over the counter, in your goodie bag)

Call us with any questions.

Nurse Danielle
""")

# 31 -----------------------------------------------------------------
E(r="visit summary: eczema, triamcinolone, Dupixent discussion",
  frm=("Riverbend Dermatology", "portal@riverbendderm.com"),
  to=("Siobhan Quinn", "squinn@example.com"),
  subj="Your visit summary",
  html_cte="quoted-printable",
  cte="quoted-printable",
  body="""VISIT SUMMARY - Riverbend Dermatology
Provider: Nina Castillo, PA-C

Reason for visit: itchy rash on arms and behind the knees
Assessment: atopic dermatitis (eczema), flaring

Plan:
- Triamcinolone 0.1% ointment twice daily to body for 2 weeks, then weekends only
- Fragrance-free moisturizer (thick cream) at least twice a day
- Cetirizine 10 mg at night for itch
- If not improved at follow-up, we'll discuss Dupixent

Follow-up: 6 weeks
""",
  html=html_doc("Riverbend Dermatology", """<h3 style="margin-top:0;">Visit summary</h3>
<table cellpadding="6" cellspacing="0" border="0">
<tr><td><b>Provider</b></td><td>Nina Castillo, PA-C</td></tr>
<tr><td><b>Reason for visit</b></td><td>Itchy rash on arms and behind the knees</td></tr>
<tr><td><b>Assessment</b></td><td>Atopic dermatitis (eczema), flaring</td></tr>
</table>
<h4>Plan</h4>
<ol>
<li>Triamcinolone 0.1% ointment twice daily to body for 2 weeks, then weekends only</li>
<li>Fragrance-free moisturizer (thick cream) at least twice a day</li>
<li>Cetirizine 10 mg at night for itch</li>
<li>If not improved at follow-up, we'll discuss Dupixent</li>
</ol>
<p>Follow-up: 6 weeks</p>""", color="#2f6690"))

# 32 -----------------------------------------------------------------
E(r="psoriasis: Skyrizi start, QuantiFERON negative",
  frm=("Dr. Ethan Greer", "egreer@tidewaterderm.com"),
  to=("Kwame Asante", "kwame.asante@example.com"),
  subj="Good to go",
  body="""Kwame,

Your QuantiFERON (TB) test came back negative and your hepatitis panel was normal, so you're cleared to start Skyrizi for the psoriasis.

Schedule: 150 mg at week 0, week 4, then every 12 weeks. Our nurse will do the first injection with you in clinic so you feel comfortable.

Dr. Greer
""")

# 33 -----------------------------------------------------------------
E(r="acne plan: spironolactone, doxycycline, tretinoin, contraception",
  frm=("Marigold Dermatology Associates", "portal@marigoldderm.com"),
  to=("Harper Lindqvist", "harper.lindqvist@example.com"),
  subj="Your acne plan",
  body="""Hi Harper,

Here's the plan Dr. Natarajan went over today:

Morning: gentle cleanser, clindamycin 1% gel, SPF 30+
Night: tretinoin 0.025% cream, pea-sized amount, every other night for 2 weeks, then nightly
Oral: doxycycline 100 mg daily for 3 months, spironolactone 50 mg daily

Because spironolactone shouldn't be taken during pregnancy, please keep using your current birth control and let us know right away if that changes.

See you in 12 weeks.
""")

# 34 -----------------------------------------------------------------
E(r="isotretinoin / iPLEDGE monthly pregnancy test",
  frm=("Oakhurst Dermatology", "ipledge@oakhurstderm.com"),
  to=("Camila Ferreira", "camila.f@example.com"),
  subj="Month 3 - iPLEDGE reminder",
  body="""Hi Camila,

For month 3 of isotretinoin (Absorica 40 mg twice daily):

1. Get your monthly pregnancy test at the lab between 5/3 and 5/9.
2. Answer your iPLEDGE comprehension questions online.
3. Pick up within 7 days of the test or the prescription expires.

Dry lips are expected; let us know if you have headaches, vision changes, or mood changes.

Oakhurst Dermatology
""")

# 35 -----------------------------------------------------------------
E(r="hidradenitis suppurativa: Cosentyx approval",
  frm=("Tidewater Dermatology", "biologics@tidewaterderm.com"),
  to=("Rashida Bello", "rbello@example.com"),
  subj="Approval letter received",
  body="""Hi Rashida,

Good news, your insurance approved Cosentyx for your hidradenitis suppurativa. The specialty pharmacy (Accredo) will call to set up shipping.

Dosing: 300 mg weekly for 5 weeks, then every 2 weeks. Keep using the benzoyl peroxide wash in the armpits and groin.

We'd like to see you 16 weeks after your first dose to check on the abscesses and draining tunnels.

Biologics Coordinator
Tidewater Dermatology
""")

# 36 -----------------------------------------------------------------
E(r="vitiligo: Opzelura + narrowband UVB plan",
  frm=("Bayview Dermatology", "portal@bayviewderm.com"),
  to=("Arjun Mehta", "arjun.mehta@example.in"),
  subj="Next steps",
  body="""Hello Arjun,

Dr. Feld's plan for the vitiligo on your hands and face:

- Opzelura (ruxolitinib) cream twice daily to the white patches, no more than 10% of your body surface
- Narrowband UVB phototherapy 3x a week; we'll start at the lowest dose and increase slowly
- Repigmentation usually takes 3-6 months, so hang in there

We'll take baseline photos at your first light session.

Bayview Dermatology
""")

# 37 -----------------------------------------------------------------
E(r="alopecia areata: ILK triamcinolone + Litfulo",
  frm=("Dr. Hana Pak", "hpak@riverbendderm.com"),
  to=("Soo-ah Park", "sooah.park@example.kr"),
  subj="Follow-up plan for your hair",
  body="""Soo-ah,

The patches of alopecia areata on your crown are showing early regrowth after the triamcinolone injections (5 mg/mL). We'll repeat the injections in 6 weeks.

Because new patches keep appearing, I also sent a prior authorization for Litfulo (ritlecitinib) 50 mg daily. Before starting, we'll need a CBC, lipid panel, and TB test.

Dr. Pak
""")

# 38 -----------------------------------------------------------------
E(r="patch testing results: nickel, MI",
  frm=("Riverbend Dermatology", "patchtest@riverbendderm.com"),
  to=("Valentina Rossi", "vrossi@example.it"),
  subj="Your patch test results",
  body="""Dear Valentina,

Final reading of your patch tests (day 5):

POSITIVE
- Nickel sulfate: ++ (relevant: belt buckles, jeans snaps)
- Methylisothiazolinone: +++ (preservative in many soaps, shampoos and wipes)

NEGATIVE: fragrance mix I and II, balsam of Peru, formaldehyde, and the remaining 70 allergens.

We've sent your safe-product list through the CAMP database. Please avoid these allergens for at least 8 weeks to see if the eyelid and hand dermatitis clears.

Riverbend Dermatology
""")

# 39 -----------------------------------------------------------------
E(r="full-body skin exam findings + lesion photo attachment",
  frm=("Oakhurst Dermatology", "portal@oakhurstderm.com"),
  to=("Declan O'Sullivan", "declan.os@example.ie"),
  subj="Skin exam summary and photo",
  body="""Hi Declan,

Summary of your full-body skin exam:

- Multiple seborrheic keratoses on the back (benign, no treatment needed)
- Cherry angiomas on the chest (benign)
- 6 mm irregular brown spot on the right calf: we took a photo (attached) to compare at your 3-month visit. If it changes before then, come in sooner.
- Mild sun damage on forearms; daily SPF recommended

Oakhurst Dermatology
""",
  att=[("right_calf_lesion_2025-02-11.jpg", make_jpeg())])

# 40 -----------------------------------------------------------------
E(r="wart cryotherapy aftercare",
  frm=("Pine Hollow Family Dermatology", "info@pinehollowderm.com"),
  to=("Gina Albright", "ginaa@example.com"),
  subj="Aftercare for Lucas",
  body="""Hi Gina,

Thanks for bringing Lucas in. We froze the 4 warts on his fingers and the one on the sole of his right foot with liquid nitrogen.

- A blister (sometimes blood-filled) can form in a day or two. Don't pop it.
- Cover with a bandage if it rubs.
- Once it peels, you can start the salicylic acid drops nightly between visits.

We'll repeat the treatment in 3 weeks.

Pine Hollow Family Dermatology
""")

# 41 -----------------------------------------------------------------
E(r="cyst excision scheduling, stop aspirin",
  frm=("Oakhurst Dermatology", "surgery@oakhurstderm.com"),
  to=("Nikhil Rao", "nikrao@example.com"),
  subj="Scheduling your excision",
  body="""Hi Nikhil,

We've scheduled removal of the epidermoid cyst on your upper back for Tuesday, May 6 at 2:40 PM (45 minutes).

- If your doctor allows it, stop aspirin 7 days before. Keep taking any prescription blood thinners.
- Wear a loose button-up shirt.
- You'll have stitches for 14 days; no gym or heavy lifting during that time.

Oakhurst Dermatology surgery team
""")

# 42 -----------------------------------------------------------------
E(r="melanoma in situ: wide local excision",
  frm=("Summit Mohs & Skin Surgery", "coordinator@summitmohs.com"),
  to=("Leah Brandt", "lbrandt@example.com"),
  subj="Next step after your biopsy",
  cte="quoted-printable",
  body="""Dear Leah,

As Dr. Okoye explained on the phone, the biopsy of the mole on your upper back showed melanoma in situ. This is the earliest stage, confined to the top layer of the skin, and the usual treatment is a wide local excision with 5 mm margins. No lymph node testing is needed at this stage.

We have openings on April 2 and April 9. Please call me to pick a date.

Kind regards,
Renata, surgical coordinator
""")

# 43 -----------------------------------------------------------------
E(r="staff internal: chart # + rash after Fraxel",
  frm=("Front Desk", "frontdesk@lumenskin.com"),
  to=("Dr. Paul Ames", "pames@lumenskin.com"),
  subj="Pt call - rash after laser",
  body="""Dr. Ames,

Chart # 20-44817 called at 10:05. She had Fraxel Dual on 3/18 and now has small itchy bumps along the jawline, no fever. She sent a photo through the portal.

Can you look and tell me if you want to see her today? She's free after 2.

Thanks,
Marisa
""")

# 44 -----------------------------------------------------------------
E(r="billing dispute naming Xeomin units",
  frm=("Camille Beaulieu", "cbeaulieu@example.ca"),
  to=("Kestrel Aesthetics", "billing@kestrelaesthetics.com"),
  subj="Question about my invoice",
  body="""Hi,

My invoice from March 14 shows 40 units of Xeomin, but I'm pretty sure the injector said she used 30 (forehead and 11s only, no crow's feet this time). Could you double check the chart and adjust?

Thanks,
Camille
""")

# 45 -----------------------------------------------------------------
E(r="receipt HTML listing lip filler RHA Kiss",
  frm=("Vela Aesthetics", "receipts@velaaesthetics.com"),
  to=("Mei-Ling Chao", "meiling.chao@example.com"),
  subj="Your receipt from Vela Aesthetics",
  cte="base64",
  body="""RECEIPT #VA-118204
Date: 02/27/2025

RHA Kiss, 1 syringe (lips)      $750.00
Lip flip, 4 units Jeuveau        $60.00
Arnica gel                       $22.00
Subtotal                        $832.00
Tax                               $1.98
Total                           $833.98

Paid: Visa ending 7720
""",
  html=html_doc("Vela Aesthetics", """<p style="margin-top:0;">Receipt <b>#VA-118204</b> &middot; 02/27/2025</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-top:1px solid #ccc;border-bottom:1px solid #ccc;">
<tr><td>RHA Kiss, 1 syringe (lips)</td><td align="right">$750.00</td></tr>
<tr><td>Lip flip, 4 units Jeuveau</td><td align="right">$60.00</td></tr>
<tr><td>Arnica gel</td><td align="right">$22.00</td></tr>
<tr><td>Subtotal</td><td align="right">$832.00</td></tr>
<tr><td>Tax</td><td align="right">$1.98</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$833.98</b></td></tr>
</table>
<p>Paid: Visa ending 7720</p>""", color="#7b2d5b"))

# 46 -----------------------------------------------------------------
E(r="membership: monthly HydraFacial + Jeuveau units",
  frm=("Glow Society at Pearl Street", "members@pearlstreetmedspa.com"),
  to=("Ana Lucía Paredes", "analu.paredes@example.com"),
  subj="Welcome to Glow Society!",
  body="""Hi Ana,

Welcome to Glow Society! Your membership ($199/month) includes:

- One HydraFacial Signature every month
- 20 units of Jeuveau per quarter (bank them if you don't use them)
- 15% off Sculptra and all filler
- 10% off skincare

Your first billing date is the 5th. Book through the app anytime.

Pearl Street MedSpa
""")

# 47 -----------------------------------------------------------------
E(r="reply answering patient: Ultherapy vs Thermage, quoted question",
  frm=("Monarch Facial Plastics", "consult@monarchfacial.com"),
  to=("Ruth Abernathy", "ruth.a@example.com"),
  subj="Re: Which one for my jowls?",
  hdr=[("In-Reply-To", "<ra-2231@example.com>")],
  body="""Hi Ruth,

Great question. Both tighten without surgery, but they work differently:

- Ultherapy uses focused ultrasound and reaches the deeper SMAS layer, so it's usually our pick for early jowling and the neck.
- Thermage uses radiofrequency and is better for crepey texture and the area around the eyes.

For your jowls, Dr. Castellanos would likely suggest Ultherapy, possibly with a little filler along the jawline. Let's confirm at your consult on the 15th.

Mara, patient coordinator

> From: Ruth Abernathy <ruth.a@example.com>
> I'm 58 and my jowls are starting to sag. Is Ultherapy or Thermage better for me?
""")

# 48 -----------------------------------------------------------------
E(r="Emsella for urinary incontinence",
  frm=("Lumina Med Spa", "wellness@luminamedspa.com"),
  to=("Patricia Hahn", "phahn@example.com"),
  subj="Your Emsella series",
  body="""Hi Patricia,

Following your consult about the stress incontinence since your second delivery, we've booked your Emsella series: 6 sessions, twice a week, starting Monday the 3rd at 12:30.

Wear comfortable clothes; you stay fully dressed. Most women notice fewer leaks by session 4.

Lumina Med Spa
""")

# 49 -----------------------------------------------------------------
E(r="tear trough with Belotero: consult follow-up, risk discussion",
  frm=("Kestrel Aesthetics", "injectors@kestrelaesthetics.com"),
  to=("Katarzyna Wiśniewska", "k.wisniewska@example.pl"),
  subj="Following up on your under-eye consult",
  body="""Hi Kasia,

It was lovely meeting you. To recap: for the hollowness under your eyes we suggested 0.5-1 syringe of Belotero Balance (+) with a cannula, because it's soft and less likely to look puffy.

Risks we discussed: bruising, swelling, lumps, a bluish (Tyndall) tint, and, rarely, vascular occlusion, which we treat immediately with hyaluronidase.

Because of your history of allergic swelling around the eyes, we'd like you to wait until you've had no flare for 4 weeks.

Kestrel Aesthetics
""")

# 50 -----------------------------------------------------------------
E(r="PDO threads + Profhilo quote",
  frm=("Saffron Skin Studio", "bookings@saffronskin.co"),
  to=("Naomi Fischer", "naomi.fischer@example.de"),
  subj="Your quote",
  cte="quoted-printable",
  body="""Hi Naomi,

Here is the quote from your visit with Dr. Anand:

PDO thread lift, midface (8 cog threads) ......... $1,600
Profhilo, 2 sessions 4 weeks apart ................ $1,100
Total ............................................. $2,700

Threads and Profhilo can be done on the same day. Avoid dental work for 2 weeks after the threads.

Saffron Skin Studio
""")

# 51 -----------------------------------------------------------------
E(r="marketing: polynucleotides, exosomes, skin boosters",
  frm=("Atlas Skin Institute", "news@atlasskin.com"),
  to=("", "list-member@example.com"),
  subj="What's new: polynucleotides & exosomes",
  body="""THE ATLAS EDIT - MARCH

1) Polynucleotides are here. Made from purified salmon DNA, they help thin, crepey under-eye skin. Series of 3, two weeks apart.

2) Exosome add-on for microneedling and RF microneedling: faster recovery, less redness. $250 add-on.

3) Skin boosters: Skinvive for that glassy, hydrated look, lasts about 6 months.

Reply to this email to book a consult.
""",
  html=html_doc("Atlas Skin Institute", """<h2 style="margin-top:0;">The Atlas Edit &middot; March</h2>
<table cellpadding="10" cellspacing="0" width="100%">
<tr><td valign="top" style="font-size:28px;">1</td><td><b>Polynucleotides are here.</b> Made from purified salmon DNA, they help thin, crepey under-eye skin. Series of 3, two weeks apart.</td></tr>
<tr><td valign="top" style="font-size:28px;">2</td><td><b>Exosome add-on</b> for microneedling and RF microneedling: faster recovery, less redness. $250 add-on.</td></tr>
<tr><td valign="top" style="font-size:28px;">3</td><td><b>Skin boosters:</b> Skinvive for that glassy, hydrated look, lasts about 6 months.</td></tr>
</table>""", color="#333333", preheader="Three new things on our menu this month"))

# 52 -----------------------------------------------------------------
E(r="laser hair removal series, Fitzpatrick type, medication check",
  frm=("Lumina Med Spa", "laser@luminamedspa.com"),
  to=("Oluwaseun Adebayo", "seun.adebayo@example.com"),
  subj="Your laser hair removal plan",
  body="""Hi Seun,

Because your skin is Fitzpatrick type V, we'll use the Nd:YAG 1064 nm setting on the GentleMax Pro, which is the safest wavelength for deeper skin tones.

Plan: underarms and bikini, 8 sessions, every 6 weeks.
Before each session: shave 24 hours before, no waxing or plucking, no sun or self-tanner for 2 weeks.

You mentioned you're taking doxycycline right now; since it makes skin light-sensitive, let's start two weeks after your last dose.

Lumina Med Spa
""")

# 53 -----------------------------------------------------------------
E(r="PicoSure tattoo removal aftercare",
  frm=("Inkless Studio Laser Clinic", "care@inkless.example"),
  to=("Kai Mendoza", "kai.mendoza@example.com"),
  subj="Aftercare - session 2",
  body="""Hey Kai,

Session 2 of PicoSure on the forearm piece is done. Aftercare:

- Frosting fades within 20 min; swelling and pinpoint bleeding for 1-2 days are normal.
- Blisters may form; keep them clean with Aquaphor and a non-stick pad.
- No swimming, hot tubs, or sun on the area for 2 weeks.

Next session in 8 weeks.

Inkless
""")

# 54 -----------------------------------------------------------------
E(r="Vbeam for rosacea + insurance (telangiectasia)",
  frm=("Bayview Dermatology", "laser@bayviewderm.com"),
  to=("Ingrid Halvorsen", "ihalvorsen@example.no"),
  subj="Vbeam appointment details",
  body="""Hello Ingrid,

Your Vbeam pulsed dye laser session for the rosacea and broken blood vessels on your nose and cheeks is on Wednesday, 9:00 AM.

Insurance doesn't cover this (it's considered cosmetic), so the fee is $450 per session; most people need 3.

Expect redness and possibly purple bruising for up to 10 days. Keep taking the metronidazole gel in the meantime.

Bayview Dermatology
""")

# 55 -----------------------------------------------------------------
E(r="Botox brow lift + lip flip quote (encoded-word subject Q)",
  frm=("Driftwood Skin & Body", "injectors@driftwoodskin.com"),
  to=("Yuki Morita", "yuki.m@example.jp"),
  subj="Your quote — brow lift & lip flip ✨",
  subj_enc="Q",
  body="""Hi Yuki,

Quote from today:

Botox brow lift (about 8 units) ......... $112
Lip flip (4 units) ........................ $56
Forehead + 11s (24 units) .............. $336

Total: $504. Results in 7-14 days, last 3-4 months.

Driftwood Skin & Body
""")

# 56 -----------------------------------------------------------------
E(r="hyperhidrosis: insurance approves Botox, starch-iodine test",
  frm=("Riverbend Dermatology", "authorizations@riverbendderm.com"),
  to=("Gerald Kimball", "gkimball@example.com"),
  subj="Insurance approved your treatment",
  body="""Dear Mr. Kimball,

Your plan approved onabotulinumtoxinA for severe primary axillary hyperhidrosis after the 6-week trial of Drysol didn't work.

On the day of your visit, we'll do a starch-iodine test to map the sweating area, then place about 50 units in each armpit. Please don't shave for 2 days before, and skip antiperspirant for 24 hours.

Riverbend Dermatology
""")

# 57 -----------------------------------------------------------------
E(r="phentermine + topiramate, BP readings",
  frm=("Slimline Medical Weight Loss", "clinic@slimline.example"),
  to=("Patrick Doyle", "pdoyle@example.com"),
  subj="Your visit today",
  body="""Hi Patrick,

Today's numbers: weight 241.2 lb (down 9.6), BP 138/86, heart rate 92.

Because your blood pressure and heart rate crept up, Dr. Moss is lowering phentermine to 18.75 mg each morning and keeping topiramate 25 mg at night. Please check your BP at home 3 times a week and bring the log.

Next weigh-in: 4 weeks.

Slimline Medical Weight Loss
""")

# 58 -----------------------------------------------------------------
E(r="testosterone cypionate TRT, high hematocrit",
  frm=("Apex Men's Health", "md@apexmens.example"),
  to=("Tariq Jamal", "tjamal@example.com"),
  subj="Your labs",
  body="""Tariq,

Your hematocrit came back at 54.1%, which is above our cutoff of 54. Everything else looks good (total T 760, estradiol 31, PSA 0.7).

Plan:
- Reduce testosterone cypionate from 160 mg to 120 mg weekly (split into twice-weekly injections)
- Donate a unit of blood this month (therapeutic phlebotomy)
- Recheck CBC in 6 weeks

Dr. Lowell
""")

# 59 -----------------------------------------------------------------
E(r="sermorelin + Addyi consult notes (women's wellness)",
  frm=("Copperleaf Wellness", "provider@copperleafwellness.com"),
  to=("Lucía Navarro", "lucia.navarro@example.com"),
  subj="Plan from your wellness consult",
  body="""Hi Lucía,

Thanks for being so open today. Plan:

1. Addyi 100 mg at bedtime for low libido (HSDD). No alcohol within 2 hours of the dose, and stop if you feel dizzy or faint.
2. Sermorelin 300 mcg subcutaneously nightly, 5 nights on / 2 off, for sleep and recovery.
3. Labs in 8 weeks: IGF-1, CMP, estradiol, progesterone.

Prescriptions were sent to Empower Pharmacy.

Copperleaf Wellness
""")

# 60 -----------------------------------------------------------------
E(r="peptide order confirmation (BPC-157, TB-500)",
  frm=("Copperleaf Wellness Pharmacy", "orders@copperleafwellness.com"),
  to=("Dmitri Volkov", "dvolkov@example.com"),
  subj="Order #CW-44102 has shipped",
  body="""Your order #CW-44102 has shipped via FedEx 7781 2234 9901.

Items:
- BPC-157 5 mg vial x 2
- TB-500 5 mg vial x 1
- Bacteriostatic water 30 mL x 1
- Insulin syringes 0.5 mL, box of 100

Keep vials refrigerated once they arrive. Questions about dosing? Message your provider in the portal.
""")

# 61 -----------------------------------------------------------------
E(r="referral letter to massage therapist: brachioplasty + thigh lift",
  frm=("Brightwater Plastic Surgery", "referrals@brightwaterps.com"),
  to=("Flow Lymphatic Studio", "book@flowlymphatic.example"),
  subj="Referral: post-op lymphatic drainage",
  body="""Hello,

We are referring our patient Priya Raghunathan for manual lymphatic drainage.

Surgery: brachioplasty and medial thigh lift on 3/3 (Dr. Ames)
Status: drains out on 3/12, incisions closed, mild swelling both upper arms and inner thighs
Orders: MLD 2-3x weekly for 4 weeks, avoid direct pressure on incisions, compression garments on between sessions

Please call us with any concerns.

Brightwater Plastic Surgery
""")

# 62 -----------------------------------------------------------------
E(r="mommy makeover surgical quote (base64 HTML table)",
  frm=("Halcyon Plastic Surgery", "quotes@halcyonps.com"),
  to=("Rashida Bello", "rbello@example.com"),
  subj="Your surgical quote",
  cte="quoted-printable",
  html_cte="base64",
  body="""SURGICAL QUOTE - Halcyon Plastic Surgery
Prepared for: Rashida B.
Surgeon: Dr. Miriam Osei

Abdominoplasty with rectus plication ........ $9,500
Breast lift (mastopexy) with implants ........ $8,200
Liposuction, flanks .......................... $3,000
Anesthesia (4.5 hrs) ......................... $2,250
Facility ..................................... $3,600
Post-op garments ............................. $250
TOTAL ........................................ $26,800

Valid 6 months. A $1,000 deposit holds your surgery date.
""",
  html=html_doc("Halcyon Plastic Surgery", """<p style="margin-top:0;">Prepared for: Rashida B. &middot; Surgeon: Dr. Miriam Osei</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;">
<tr style="background:#eee;"><th align="left">Item</th><th align="right">Fee</th></tr>
<tr><td>Abdominoplasty with rectus plication</td><td align="right">$9,500</td></tr>
<tr><td>Breast lift (mastopexy) with implants</td><td align="right">$8,200</td></tr>
<tr><td>Liposuction, flanks</td><td align="right">$3,000</td></tr>
<tr><td>Anesthesia (4.5 hrs)</td><td align="right">$2,250</td></tr>
<tr><td>Facility</td><td align="right">$3,600</td></tr>
<tr><td>Post-op garments</td><td align="right">$250</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$26,800</b></td></tr>
</table>
<p>Valid 6 months. A $1,000 deposit holds your surgery date.</p>""", color="#4a4e69"))

# 63 -----------------------------------------------------------------
E(r="medical clearance request to PCP with DOB (neck lift)",
  frm=("Northgate Facial Plastics", "surgery@northgatefp.com"),
  to=("Dr. Howard Lim", "office@limfamilymed.example"),
  subj="Pre-operative clearance request",
  body="""Dear Dr. Lim,

Your patient Hiroshi Tanabe (born 11/05/1955) is scheduled for a neck lift and lower blepharoplasty under general anesthesia on June 18.

Please provide a pre-operative medical evaluation, including:
- History and physical within 30 days of surgery
- CBC, BMP, PT/INR
- EKG (age over 50)
- Guidance on holding his Eliquis and metformin

Please fax results to (206) 555-0199.

Thank you,
Northgate Facial Plastics
""")

# 64 -----------------------------------------------------------------
E(r="pre-op labs order + NPO + pregnancy test",
  frm=("Cedar Ridge Plastic Surgery", "preop@cedarridgeps.com"),
  to=("Carmen Iglesias", "carmen.i@example.com"),
  subj="Lab orders for your surgery",
  body="""Hi Carmen,

Your lab orders are at any Labcorp location. Please go between May 1 and May 9:
- CBC
- Comprehensive metabolic panel
- Urine pregnancy test (required for all patients who can become pregnant)
- Nicotine/cotinine test

Remember: no nicotine of any kind for 6 weeks before and after surgery, since it slows healing. Nothing to eat or drink after midnight the night before.

Cedar Ridge Plastic Surgery
""")

# 65 -----------------------------------------------------------------
E(r="anesthesia questionnaire (sleep apnea, prior reactions)",
  frm=("Cascade Surgical Suites", "anesthesia@cascadesurgical.example"),
  to=("Gabriel Duarte Costa", "gabriel.dcosta@example.com.br"),
  subj="Action needed: anesthesia questionnaire",
  body="""Hello,

Before your procedure on 8/14, our anesthesiologist needs you to complete a health questionnaire at cascadesurgical.example/q/8812.

Please be ready to tell us about:
- Any past reactions to anesthesia (nausea, slow waking)
- Sleep apnea or CPAP use (you noted snoring at your consult)
- Current medications, including GLP-1 drugs such as Ozempic or Wegovy, which must be stopped 1 week before

Cascade Surgical Suites
""")

# 66 -----------------------------------------------------------------
E(r="patient asks about asymmetrical swelling after lipo; staff reply",
  frm=("Brightwater Plastic Surgery", "care@brightwaterps.com"),
  to=("Olivia Grant", "olivia.g@example.com"),
  subj="Re: one side more swollen?",
  hdr=[("In-Reply-To", "<og-551@example.com>"), ("References", "<og-551@example.com>")],
  body="""Hi Olivia,

Totally normal at 10 days out. One side is often more swollen, especially the side you sleep on. Keep up with the compression and lymphatic massage. If it's hard, hot, or red, send a photo.

Care team

On Sun, Jun 1, 2025, Olivia Grant <olivia.g@example.com> wrote:
> Hi, I'm 10 days out from lipo on my flanks and the left side looks way
> more swollen than the right. Is that normal? It's not painful.
""")

# 67 -----------------------------------------------------------------
E(r="forward: marketing photo consent with attached photo",
  frm=("Dr. Miriam Osei", "mosei@halcyonps.com"),
  to=("Marketing", "marketing@halcyonps.com"),
  subj="Fwd: Photo release signed",
  body="""She signed the release for website use, face cropped. Photo attached. Please wait until the 6-month mark before posting.

MO

---------- Forwarded message ---------
From: Leilani Kahananui <leilani.k@example.com>
Subject: Photo release signed
Date: Wed, 14 May 2025 19:22:10 -1000

Here's the signed form. Fine to use the side view as long as my face isn't shown.
""",
  att=[("release_signed.pdf", make_pdf(["Photo release - Halcyon Plastic Surgery", "Patient: L. Kahananui", "Use: website gallery, face cropped", "Signed 05/14/2025"])),
       ("side_view_6mo.jpg", make_jpeg())])

# 68 -----------------------------------------------------------------
E(r="Renuva for temple hollowing",
  frm=("Atlas Skin Institute", "consults@atlasskin.com"),
  to=("Helen Ruiz", "hruiz@example.org"),
  subj="About Renuva",
  body="""Hi Helen,

Following up from Friday: since you'd rather not use hyaluronic acid filler in the temples, Dr. Voss thinks Renuva is a great fit. It's a fat-derived matrix that your body replaces with its own fat over about 3 months.

Plan: 1.5 mL per temple, possibly a touch-up at 3 months. Swelling for 2-3 days.

Atlas Skin Institute
""")

# 69 -----------------------------------------------------------------
E(r="liquid rhinoplasty with Radiesse, risks",
  frm=("Vela Aesthetics", "team@velaaesthetics.com"),
  to=("Noor Rahimi", "noor.r@example.com"),
  subj="Nose appointment - a few notes",
  body="""Hi Noor,

For your non-surgical nose job on Tuesday, Dr. Wen will use a small amount of Radiesse diluted with lidocaine to smooth the bump on the bridge.

Because the nose has a delicate blood supply, please call right away if you see white or dusky skin, or have sudden pain or any vision change after you leave.

No glasses resting on the bridge for 2 weeks.

Vela Aesthetics
""")

# 70 -----------------------------------------------------------------
E(r="Vietnamese: filler + Botox prices and aftercare",
  frm=("Thẩm mỹ viện Hoa Sen", "lienhe@hoasen.example"),
  to=("", "thanhhuong.ng@example.com"),
  subj="Hướng dẫn chăm sóc sau khi tiêm filler",
  body="""Chào chị Hương,

Cảm ơn chị đã đến Hoa Sen hôm nay. Sau khi tiêm filler môi và Botox vùng trán, chị lưu ý:

- Sưng và bầm nhẹ trong 3-5 ngày là bình thường.
- Không xoa bóp vùng tiêm trong 24 giờ, không nằm sấp.
- Tránh rượu bia và xông hơi 1 tuần.
- Nếu thấy da trắng bệch, tím tái hoặc đau nhiều, gọi ngay (714) 555-0162.

Hẹn tái khám sau 2 tuần.
""")

# 71 -----------------------------------------------------------------
E(r="financing application with SSN (spaces) + DOB",
  frm=("Patient Financing", "financing@halcyonps.com"),
  to=("Aaliyah Whitfield", "aaliyah.w@example.com"),
  subj="Please confirm your application details",
  body="""Hi Aaliyah,

Before we submit your payment plan application, please confirm the details we typed from your paper form:

Social Security number: 233 91 4408
Date of birth: 06/11/1987
Annual income: $78,000
Requested amount: $12,500

Reply "confirmed" or send corrections.

Halcyon Plastic Surgery, Patient Financing
""")

# 72 -----------------------------------------------------------------
E(r="DOB written as 'born 12 Aug 1990' in records transfer",
  frm=("Medical Records", "records@oakhurstderm.com"),
  to=("Records Dept", "records@newleafderm.example"),
  subj="Records transfer request",
  body="""Hello,

We are sending records for a shared patient per her signed authorization:

Name: Camila Ferreira
Patient born 12 Aug 1990
Visits: 2021-2025

The records will come via secure fax within 2 business days.

Medical Records, Oakhurst Dermatology
""")

# 73 -----------------------------------------------------------------
E(r="statement with Acct/MRN identifier only (no treatment names)",
  frm=("Billing Office", "statements@tidewaterderm.com"),
  to=("", "m.delgado@example.com"),
  subj="Your statement is ready",
  body="""Your statement is ready.

Acct/MRN: 00-771203
Statement date: 04/01/2025
Amount due: $38.40
Due by: 04/25/2025

Pay online at pay.tidewaterderm.com or call (757) 555-0150.
""")

# 74 -----------------------------------------------------------------
E(r="patient sends UnitedHealthcare member ID + group",
  frm=("Nikhil Rao", "nikrao@example.com"),
  to=("Oakhurst Dermatology", "frontdesk@oakhurstderm.com"),
  subj="New insurance",
  body="""Hi,

I have new insurance starting this month. Please update my file:

UnitedHealthcare Choice Plus
Member ID: 918273645-00
Group number: 76-4410

Thanks,
Nikhil
""")

# 75 -----------------------------------------------------------------
E(r="Discover card number with dashes in reply",
  frm=("Ana Lucía Paredes", "analu.paredes@example.com"),
  to=("Pearl Street MedSpa", "billing@pearlstreetmedspa.com"),
  subj="Re: Update payment method",
  body="""Hi! Please use this one going forward:

%s, exp 02/27, zip 94110.

Thank you,
Ana

On Mon, Feb 3, 2025 at 10:02 AM Pearl Street MedSpa <billing@pearlstreetmedspa.com> wrote:
> The card on file for your membership was declined. Please reply with a new
> card or update it in the app.
""" % CARDS["disc_dash"])

# 76 -----------------------------------------------------------------
E(r="QP soft line break splits clinical words (long single-line paragraph)",
  frm=("Kestrel Aesthetics", "care@kestrelaesthetics.com"),
  to=("Sarah Whitman", "swhitman@example.com"),
  subj="Aftercare for tonight",
  cte="quoted-printable",
  body="""Hi Sarah, thank you for coming in today! Just so you have it in writing: after your RF microneedling with Morpheus8 on the full face you can expect redness like a sunburn for 24-48 hours and tiny grid marks for up to a week; wash only with the gentle cleanser tonight, apply the Alastin Regenerating Skin Nectar morning and night, skip makeup until tomorrow evening, and no retinol, vitamin C serum, sauna or hard workouts for 5 days. Call us if you see yellow crusting or have increasing pain.

Kestrel Aesthetics
""")

# 77 -----------------------------------------------------------------
E(r="sloppy patient email: lumps after lip filler (granuloma?)",
  frm=("jess b", "jessb1994@example.com"),
  to=("Vela Aesthetics", "team@velaaesthetics.com"),
  subj="lumps??",
  body="""hey so the little bumps in my lips from the filler in jan are still there and one got kinda red and tender yesterday?? is that a granuloma or an infection or something. do i need to come in. i can send pics

jess
""")

# 78 -----------------------------------------------------------------
E(r="pregnancy disclosed, asks to cancel Halo",
  frm=("Mei-Ling Chao", "meiling.chao@example.com"),
  to=("Lumina Med Spa", "frontdesk@luminamedspa.com"),
  subj="Need to cancel next week",
  body="""Hi there,

I just found out I'm pregnant (7 weeks!), so I think I need to cancel my Halo laser on the 19th and hold off on the rest of the package. Can the remaining sessions stay on my account until after the baby?

Thanks so much,
Mei-Ling
""")

# 79 -----------------------------------------------------------------
E(r="allergy list (sulfa, latex) before procedure",
  frm=("Summit Mohs & Skin Surgery", "nurse@summitmohs.com"),
  to=("Kwame Asante", "kwame.asante@example.com"),
  subj="Before Thursday",
  body="""Hi Kwame,

We've noted your allergies to sulfa drugs and latex. We'll use latex-free gloves and bandages on Thursday, and Dr. Okoye will choose an antibiotic that's safe for you if one is needed.

Please also bring the list of your blood pressure medications.

Summit Mohs nursing
""")

# 80 -----------------------------------------------------------------
E(r="Mohs post-op: 2 stages, flap closure, wound care",
  frm=("Summit Mohs & Skin Surgery", "nurse@summitmohs.com"),
  to=("Marcus Bell", "mbell62@example.com"),
  subj="Wound care instructions",
  cte="base64",
  body="""Mr. Bell,

Your surgery today took 2 stages to clear the basal cell carcinoma on your left temple. Dr. Okoye closed the wound with a small rotation flap.

Wound care:
- Leave the pressure dressing on for 48 hours. Then clean daily with soap and water, apply Vaseline, and cover.
- Ice 15 minutes every hour while awake today.
- Some bruising around the eye is common and may spread to the cheek.
- Sutures out in 7 days (appointment 3/17 at 9:15).

Call (720) 555-0148 for bleeding that doesn't stop with 20 minutes of firm pressure.
""")

# 81 -----------------------------------------------------------------
E(r="results with no product names (vitamin D low)",
  frm=("Solstice Wellness Bar", "care@solsticewellness.com"),
  to=("Harper Lindqvist", "harper.lindqvist@example.com"),
  subj="Your results from last week",
  body="""Hi Harper,

Your results from last week came back. Most things look great. Your vitamin D was low at 18 ng/mL, and ferritin was on the low side at 22.

Our NP recommends vitamin D3 5,000 IU daily and an iron supplement every other day with vitamin C. We'll recheck in 3 months.

Solstice Wellness
""")

# 82 -----------------------------------------------------------------
E(r="internal day sheet (HTML table) with directory names and procedures",
  frm=("Schedule Bot", "noreply@halcyonps.com"),
  to=("OR Team", "or-team@halcyonps.com"),
  subj="OR schedule - Wednesday",
  cte="7bit",
  body="""OR SCHEDULE - WEDNESDAY

07:30  Okafor, Nnamdi        Gynecomastia excision + lipo chest      Osei   GA
10:00  Lindqvist, Harper     Breast reduction                         Osei   GA
13:30  Beaulieu, Camille     Upper blepharoplasty                     Hollis Local/IV sedation
15:00  Mehta, Arjun          Scar revision, left cheek                Hollis Local
""",
  html="""<html><body>
<h3>OR schedule &ndash; Wednesday</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Time</th><th>Patient</th><th>Procedure</th><th>Surgeon</th><th>Anesthesia</th></tr>
<tr><td>07:30</td><td>Okafor, Nnamdi</td><td>Gynecomastia excision + lipo chest</td><td>Osei</td><td>GA</td></tr>
<tr><td>10:00</td><td>Lindqvist, Harper</td><td>Breast reduction</td><td>Osei</td><td>GA</td></tr>
<tr><td>13:30</td><td>Beaulieu, Camille</td><td>Upper blepharoplasty</td><td>Hollis</td><td>Local/IV sedation</td></tr>
<tr><td>15:00</td><td>Mehta, Arjun</td><td>Scar revision, left cheek</td><td>Hollis</td><td>Local</td></tr>
</table>
</body></html>
""")

# 83 -----------------------------------------------------------------
E(r="surgery postponed: positive pre-op test",
  frm=("Cedar Ridge Plastic Surgery", "scheduling@cedarridgeps.com"),
  to=("Fatima Al-Sayed", "fatima.alsayed@example.com"),
  subj="We need to move your date",
  body="""Hi Fatima,

Since your pre-op COVID test came back positive, Dr. Hollis wants to postpone your surgery by at least 4 weeks to keep anesthesia safe. Your deposit stays on file.

Please rest, hydrate, and let us know when you're feeling better so we can pick a new date.

Cedar Ridge Plastic Surgery
""")

# 84 -----------------------------------------------------------------
E(r="full card number only in HTML part (text part masked)",
  frm=("Payments", "payments@juniperaesthetics.com"),
  to=("", "kim.tran@example.com"),
  subj="Payment confirmation",
  body="""Payment confirmation

Amount: $250.00
Card: Visa ending 9301
Reference: JA-PMT-55720

Thank you for your payment.
""",
  html=html_doc("Juniper Aesthetics", """<p style="margin-top:0;">Payment confirmation</p>
<table cellpadding="6" cellspacing="0">
<tr><td>Amount</td><td>$250.00</td></tr>
<tr><td>Card number</td><td>%s</td></tr>
<tr><td>Reference</td><td>JA-PMT-55720</td></tr>
</table>
<p>Thank you for your payment.</p>""" % CARDS["visa_email"]))

# 85 -----------------------------------------------------------------
E(r="patient signature block with DOB and Pt ID",
  frm=("Soo-ah Park", "sooah.park@example.kr"),
  to=("Riverbend Dermatology", "frontdesk@riverbendderm.com"),
  subj="Moving my Tuesday appointment",
  body="""Hello,

Could I move my Tuesday 10am to any afternoon next week? Sorry for the late notice.

Thank you,
Soo-ah P.
Pt ID: RB-0048213
DOB 2/14/1993
""")

# 86 -----------------------------------------------------------------
E(r="GLP-1 hold before surgery (Zepbound) + CSV attachment of med list",
  frm=("Halcyon Plastic Surgery", "preop@halcyonps.com"),
  to=("Yasmin Haddad", "yasmin.haddad@example.com"),
  subj="Medication changes before surgery",
  body="""Hi Yasmin,

Please take your last Zepbound dose no later than 7 days before surgery (so no later than the 4th). GLP-1 medicines slow stomach emptying and can cause problems with anesthesia.

Your full medication list with stop dates is attached.

Halcyon Plastic Surgery
""",
  att=[("medication_stop_dates.csv", (
      "medication,dose,stop_date,restart\r\n"
      "Zepbound,7.5 mg weekly,2025-06-04,when eating normally\r\n"
      "Fish oil,1000 mg daily,2025-05-28,1 week post-op\r\n"
      "Vitamin E,400 IU daily,2025-05-28,1 week post-op\r\n"
      "Sertraline,50 mg daily,continue,continue\r\n").encode())])

# 87 -----------------------------------------------------------------
E(r="German: laser and microneedling prep for acne scars",
  frm=("Hautzentrum am Markt", "termine@hautzentrum.example"),
  to=("Ingrid Halvorsen", "ihalvorsen@example.no"),
  subj="Ihre Behandlung am Freitag",
  cte="quoted-printable",
  body="""Liebe Frau Halvorsen,

wir freuen uns auf Ihre Fraxel-Laserbehandlung der Aknenarben am Freitag um 14 Uhr.

Bitte beachten Sie:
- Zwei Wochen vorher keine Sonne und kein Selbstbräuner.
- Retinol-Produkte 5 Tage vorher absetzen.
- Bei Lippenherpes in der Vorgeschichte nehmen Sie bitte ab Donnerstag das verschriebene Valaciclovir.

Mit freundlichen Grüßen
Ihr Team vom Hautzentrum am Markt
""")

# 88 -----------------------------------------------------------------
E(r="text attachment: nurse phone note re: drain + fever",
  frm=("After-hours Line", "afterhours@brightwaterps.com"),
  to=("Dr. Paul Ames", "pames@brightwaterps.com"),
  subj="After-hours call log 6/7",
  body="""Dr. Ames, overnight call log attached. One call needs follow-up this morning.
""",
  att=[("call_log_0607.txt", (
      "22:48  Pt Olivia Grant, POD 4 abdominoplasty. Temp 100.9, redness around L drain site.\r\n"
      "       Advised Tylenol, photo to portal, will be seen 9am. Keflex continued.\r\n"
      "02:15  Wrong number.\r\n").encode())])
