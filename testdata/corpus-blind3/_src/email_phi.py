# Hand-written PHI email bodies: (subject, body, reason)
EMAIL_PHI = [
("Your appointment is confirmed",
"""Hi Alexis,

Thank you for booking with Lumière Aesthetics! Your appointment details:

  Date: Thursday, March 14
  Time: 10:30 AM
  Provider: Dana Whitfield, RN
  Service: Botox – Forehead & Crow's Feet

Please arrive 10 minutes early. If you need to reschedule, reply to this email or call (555) 310-4477 at least 24 hours ahead to avoid a $50 late-cancel fee.

Warmly,
Front Desk Team
Lumière Aesthetics | 2100 Harbor Blvd, Suite 4 | Costa Mesa, CA
""", "Botox service in confirmation"),
("Post-op instructions – please read",
"""Dear Monique,

Congratulations on completing your procedure today. Below are your post-operative instructions following your abdominoplasty. Please keep this sheet handy.

FIRST 48 HOURS
- Rest with your upper body elevated and knees slightly bent.
- Empty and record your drain output every 8 hours.
- Take Keflex 500 mg four times daily until finished.

WEEK 1
- Walk short distances 3–4 times a day to reduce the risk of clots.
- Wear your compression garment at all times except when showering.

Call us right away for fever above 101°F, increasing redness, or calf pain.

Sincerely,
Amanda Lorne, PA-C
Coastal Plastic Surgery
""", "abdominoplasty post-op instructions"),
("Following up on your consultation",
"""Hi Jenna,

It was lovely meeting you on Tuesday. As promised, here is a summary of the treatment plan Dr. Okafor discussed:

1. Full-face CO2 laser resurfacing (one session, 7–10 days downtime)
2. Begin tretinoin 0.025% nightly four weeks prior
3. Valacyclovir 500 mg twice daily starting 2 days before

Your quote is $4,250. A $500 deposit holds your date. Let me know if you'd like to move forward!

Best,
Carla Mendez
Patient Coordinator
""", "treatment plan: CO2 laser, tretinoin, valacyclovir"),
("Re: question about my results",
"""Hi Stephanie,

Great question! Results typically start to show at 2 weeks and continue improving for up to 3 months as collagen builds. Photos at 12 weeks tell the real story.

Best,
Nikki

-----Original Message-----
From: Stephanie R.
Sent: Monday, 3:12 PM
Subject: question about my results

> Hi Nikki, it's been 10 days since my Sculptra and I honestly
> don't see much difference yet. Is that normal? My cheeks
> still look hollow to me.
""", "quoted: Sculptra results"),
("Fwd: lab results",
"""Hi Kevin,

Dr. Hsu asked me to forward these to you. Please schedule a follow-up at your convenience.

---------- Forwarded message ---------
From: Quest Diagnostics <noreply@questdx.example>
Date: Mon, Apr 8, 2024
Subject: lab results

Total Testosterone: 248 ng/dL (Ref 264–916) LOW
Free Testosterone: 5.1 pg/mL LOW
Estradiol: 22 pg/mL
Hematocrit: 44.8%

Jorge Ruiz, MA
Elevate Men's Health
""", "forwarded lab results testosterone"),
("Your GLP-1 Program: Month 3 check-in",
"""Hi Dana,

You're now in month three of our medical weight-loss program — amazing work! Your current tirzepatide dose is 7.5 mg weekly. At your next visit we'll check weight, blood pressure, and side effects before discussing the next step up.

Reminders:
- Inject the same day each week.
- Rotate sites: abdomen, thigh, upper arm.
- Stay hydrated and eat protein first.

Your next visit: Wednesday, May 22 at 4:15 PM.

Cheers,
The Thrive Wellness Team
""", "tirzepatide dosing / GLP-1 program"),
("Intake form – missing information",
"""Hello,

Thank you for submitting your new patient intake form. We're missing a few details before your first visit:

  Date of birth: (please confirm — we have 09/17/1984)
  Insurance member ID: BCX447120983
  Emergency contact: (blank)

Please reply with corrections or call us at 555-622-0180.

Thank you,
Brianna Tull
Intake Coordinator, Radiant Dermatology
""", "DOB + insurance member ID"),
("Your chart number",
"""Hi Mr. Fairbanks,

For the patient portal you'll need your chart number: CHT-0048271. Use it with your last name and zip code when you first register.

Any trouble, just reply here.

Thanks,
Riverside Skin & Laser
""", "chart number"),
("Billing correction",
"""Hi Ms. Delgado,

We made an error when processing your payment on 2/11. The full card number we have on file is 5425 2334 3010 9903, expiring 08/27 — our system had a typo in the expiration. Please confirm so we can re-run the charge of $380.00.

Apologies for the trouble,
Billing Department
""", "full card number"),
("Quick favor for your file",
"""Hi Tasha,

Our financing partner rejected the application because the SSN didn't match. What we have is 602-18-4471. Could you double check and reply with the correct one (or call us if you'd rather not email it)?

Thanks so much,
Erin, Office Manager
""", "SSN"),
("Welcome to the practice, Meredith Langston!",
"""Welcome to Willow Aesthetic Medicine!

We're so glad you've joined us. Your account is ready — log in any time to see upcoming visits, pay invoices, and update your contact info.

Office hours: Mon–Fri 9–6, Sat 9–1
Address: 88 Willow Lane, Suite 12, Boulder, CO
Phone: (555) 440-1020

See you soon!
""", "directory name in subject only"),
("Thank you for your payment",
"""Dear Tobias Lindqvist,

We have received your payment of $275.00 on invoice #W-30188. Thank you!

Kind regards,
Accounts, Nordic Skin Studio
""", "directory name only"),
("Hydrafacial + dermaplaning results 🌟",
"""Hi Ivy!

Your skin looked incredible after today's HydraFacial + dermaplaning combo. For the next 24 hours skip makeup, retinol and exfoliants, and wear SPF 30+.

Book your next glow session in 4 weeks to keep it up!

xo,
Chelsea, Licensed Esthetician
""", "HydraFacial + dermaplaning aftercare"),
("Rosacea follow-up",
"""Hi Marco,

Dr. Bhatt reviewed the photos you uploaded. The flushing around your nose and cheeks looks improved since starting the ivermectin cream. She'd like to add one round of vascular laser (Vbeam) next month.

Please call to book.

Regards,
Nurse Paula Lindsey, RN
""", "rosacea + ivermectin + Vbeam"),
("Re: Can I work out?",
"""Hi Rachel,

Short answer: light walking yes, heavy lifting no for at least 4 weeks.

Lauren

On Wed, Jun 5, 2024 at 7:02 PM Rachel <rachel.j@example.com> wrote:
> Hi Lauren! I'm 2 weeks out from my breast lift and I'm getting antsy.
> Can I go back to the gym yet? Just cardio, no chest day lol.
""", "quoted: breast lift post-op"),
("Semaglutide shipment",
"""Hi Andre,

Your compounded semaglutide (2.5 mg/mL, 2 mL vial) shipped today via FedEx Priority Overnight. Tracking: 7745 1922 8830. Please refrigerate immediately upon arrival.

Thanks,
Pharmacy Coordinator
""", "semaglutide shipment"),
("Your gynecomastia surgery date",
"""Hi Jason,

Dr. Feld has you scheduled for gynecomastia excision with liposuction on Friday, September 20. Pre-op labs must be completed by September 10. Your surgical fee is $6,800.

Please call with questions.

Best,
Tanya Rhodes
Surgical Scheduler
""", "gynecomastia + liposuction surgery date"),
("Your Allē points & next Dysport",
"""Hi Carmen!

You earned 600 Allē points at your last visit. Good news: you're eligible for $40 off your next Dysport (typically due every 3–4 months). It's been 14 weeks since your last treatment!

Book online or reply to this email.

Glow Bar Med Spa
""", "Dysport due reminder"),
("Acne treatment plan",
"""Hi Ella,

Here's what we discussed at today's visit:

- AM: benzoyl peroxide 5% wash, moisturizer, SPF
- PM: adapalene 0.3% gel (pea-sized amount)
- Oral: spironolactone 50 mg daily (labs in 6 weeks)

If you're not seeing improvement in 12 weeks, we'll talk about isotretinoin.

Dr. Sophia Grant, MD, FAAD
""", "acne treatment plan + prescriptions"),
("Your photos from today",
"""Hi Nadia,

Attached are your before photos from today's rhinoplasty consultation, plus the computer imaging Dr. Faris did. Please don't share these publicly until we've finalized the plan.

Best,
Jules
""", "rhinoplasty consult photos (with attachment)"),
("Importante: instrucciones antes de su cirugía",
"""Estimada Sra. Pérez,

Su cirugía de aumento de senos está programada para el lunes 12 de agosto a las 7:00 a.m.

Antes de la cirugía:
- No coma ni beba nada después de la medianoche.
- Suspenda la aspirina, ibuprofeno y vitamina E 10 días antes.
- Traiga un sostén deportivo con cierre al frente.

Atentamente,
Clínica de Cirugía Plástica Del Valle
""", "Spanish: breast augmentation pre-op"),
("Lembrete: retorno pós-operatório",
"""Olá Isabela,

Seu retorno pós-operatório da lipoaspiração está marcado para terça-feira, 10h. Continue usando a cinta modeladora e fazendo a drenagem linfática três vezes por semana.

Abraços,
Equipe Dra. Camargo
""", "Portuguese: post-op liposuction"),
("Lịch hẹn điều trị nám",
"""Chào chị Hana,

Lịch hẹn laser điều trị nám của chị là thứ Năm, 14/3 lúc 2 giờ chiều. Chị nhớ thoa kem chống nắng mỗi ngày và ngưng dùng kem tẩy tế bào chết 5 ngày trước buổi điều trị.

Trân trọng,
Phòng khám Da liễu Sài Gòn Beauty
""", "Vietnamese: laser melasma treatment"),
("수술 후 안내",
"""김수아 님,

쌍꺼풀 수술 후 첫 3일 동안은 냉찜질을 해 주시고, 실밥 제거는 5일 후 예정되어 있습니다. 붓기와 멍은 1~2주 정도 지속될 수 있습니다.

감사합니다.
강남 뷰티 성형외과
""", "Korean: double-eyelid surgery aftercare + name"),
("Re: Re: rescheduling",
"""Perfect, you're now booked for Tuesday the 9th at 1:30 PM. See you then!

Bri

> On Mon, Apr 1, Patient wrote:
> Ok Tuesday works. Just want to make sure there's enough time since
> it's the filler dissolving appointment and not just a regular visit
>
> > On Mon, Apr 1, Bri wrote:
> > Hi! Dr. Moss had a cancellation. Would Tuesday the 9th work
> > instead of Thursday?
""", "quoted-within-quoted: filler dissolving"),
("Membership perks this month ✨",
"""Hi VIP!

Your monthly membership credit of $99 is ready to use. This month members also get:

- 15% off retail skincare
- A complimentary brow shaping with any service
- Double points on gift cards

Heads up — your credit can be applied to neurotoxin at $11/unit (normally $14), so now's a great time to book your forehead refresh.

Thanks for being part of our community!
Aura Med Spa
""", "neurotoxin units price targeted at member"),
("Your PRP results",
"""Hi Lauren,

I compared your 3-month photos to baseline. Hair density along your part has improved noticeably — Dr. Ames counts about 18% more coverage. We recommend a 4th PRP session at 6 months as maintenance.

Kind regards,
Kelsey Moran, NP-C
""", "PRP hair results"),
("Labiaplasty recovery – week 2",
"""Hi Brooke,

At the two-week mark, mild swelling is expected. Continue sitz baths twice daily and avoid tight pants. Dissolvable stitches will fall out on their own over the next 2–3 weeks.

Dr. Alana Voss, MD
""", "labiaplasty recovery"),
("Your upcoming visit",
"""Hi Nick,

Just confirming your appointment on Friday, 10/11 at 3 PM with Jamie Cole, NP.

Patient ID: PT-22904817 (please have this ready when you check in at the kiosk).

See you soon!
""", "Patient ID"),
("Fw: referral",
"""Hi Dr. Liang's team asked me to forward this to you so you know what to expect at your appointment:

> Referring: Dr. Emily Liang
> Reason: suspicious pigmented lesion R shoulder, r/o melanoma
> Requested: excisional biopsy + dermpath

Your appointment is Monday at 9:20 AM. No prep needed.

Front desk, Summit Dermatology
""", "forwarded referral: lesion / biopsy"),
("Eyebrow micro-blading vs. BROW LIFT – what you asked",
"""Hi Gina,

Following up on your question at checkout! Microblading is a cosmetic tattoo and lasts 1–3 years. The surgical brow lift Dr. Chen mentioned is a different thing — it's done in the OR and lasts 10+ years. A "Botox brow lift" is a non-surgical option with a few units under the tail of the brow.

Happy to book any of these consults for you.

Maria
""", "brow lift (surgical and Botox) options"),
("Your Ultherapy quote",
"""Hi Pam,

As promised, here's your quote for full-face and neck Ultherapy: $3,600. We're also happy to bundle a Sofwave session for the décolleté at 20% off.

Financing available through CareCredit.

Thanks!
Sierra, Aesthetic Consultant
""", "Ultherapy / Sofwave quote"),
("Missed you today!",
"""Hi Tiffany,

We missed you at your 2:00 PM appointment for your second round of K.y.b.e.l.l.a today. Please call us to reschedule; per our policy a $75 no-show fee has been applied.

Take care,
Sculpt Studio
""", "separator evasion K.y.b.e.l.l.a"),
("Your Ẓeomin & Rëstylane visit",
"""Hi Allie,

Confirming your visit Saturday at 11:00 for Xeomin (glabella) and Restylane Kysse (lips). Remember to skip fish oil for a week before.

Cheers,
Blush Aesthetics
""", "diacritics in subject; body names Xeomin/Restylane Kysse"),
("About your skin check",
"""Hi Mr. Holloway,

Dr. Iyer reviewed the biopsy from your left ear. It came back as basal cell carcinoma. The good news is it's very treatable; she recommends Mohs surgery. Our surgical coordinator will call you this week.

Sincerely,
Green Valley Dermatology
""", "biopsy result / BCC / Mohs"),
("Re: ur message",
"""haha no worries! yes it's totally fine to get ur nails done before

- Kim, front desk

> Sent from my iPhone
> hey can i get my gel nails done the day before my bleph or do i
> need to take polish off for the surgery
""", "quoted: bleph (blepharoplasty)"),
("Pre-treatment checklist",
"""Hello Oscar,

Before your Emsculpt + CoolTone session on Saturday:

[x] Remove metal jewelry
[x] Wear loose, comfortable clothing
[x] Eat a light meal 2 hours prior
[ ] Complete the health questionnaire (link below)

Questionnaire: https://portal.example-clinic.com/forms/8812

Sculpt Lab
""", "Emsculpt + CoolTone"),
("Hormone therapy update",
"""Hi Linda,

Dr. Warner approved your BHRT adjustment. Starting next month, your estradiol cream will go from 0.5 mg to 1 mg daily, and your progesterone stays at 100 mg at bedtime. The new prescription was sent to Empower Pharmacy.

Best,
Nurse Kate
""", "BHRT prescription adjustment"),
("Your breast reduction & insurance",
"""Hi Alicia,

Good news: Aetna approved the reduction mammaplasty. Authorization #: A2231098. Your surgery is scheduled for November 4 at St. Mary's surgery center.

Tanya
Insurance & Surgery Coordinator
""", "breast reduction insurance authorization"),
("Quick check-in",
"""Hi there!

It's been a week since your v1-brad-el laser (the one for your spider veins). How are you feeling? Some darkening of the treated veins is normal and fades over 4–8 weeks.

Sarah, LPN
""", "obfuscated laser vein treatment + spider veins"),
("Your PDO thread lift aftercare",
"""Hi Gabby,

For the next 2 weeks after your PDO thread lift:
- No dental work
- Avoid extreme facial expressions and chewing gum
- Sleep on your back, elevated

Mild dimpling is normal and settles in a few days.

Nina, RN
""", "PDO thread lift aftercare"),
("Ozempic® vs. compounded – your question",
"""Hi Eddie,

Good question. Brand-name Ozempic is FDA-approved; compounded semaglutide isn't, but it's prescribed by our providers and prepared in a 503A pharmacy. Since your insurance denied Ozempic, we can start you on compounded at 0.25 mg weekly.

Dr. Chase Morgan, DO
""", "Ozempic/semaglutide recommendation"),
("Your implant card",
"""Hi Jade,

Please keep the attached implant card with your records. Your implants are Natrelle Inspira SRF 339cc (left and right), serial numbers on the card. You may need this for future MRIs or if there is ever a recall.

Coastal Plastic Surgery
""", "breast implant device card"),
("Korean skin booster appointment",
"""Hi Sophie,

Your Rejuran + Profhilo appointment is next Wednesday at 5 PM. These are injectable skin boosters, so expect small bumps for about 24 hours.

Thanks,
Seoul Glow Clinic
""", "Rejuran + Profhilo injectables"),
("Eczema follow-up",
"""Hi Mrs. Tran,

Dr. Obi reviewed how Liam's eczema has responded to Dupixent. She's pleased with the progress and would like to continue every 2 weeks. The next shipment from the specialty pharmacy is scheduled for 6/3.

Summit Pediatric Dermatology
""", "eczema + Dupixent"),
("Alopecia treatment options",
"""Hi Raj,

As discussed, your options for the hair thinning at the crown are:
 (a) oral minoxidil 2.5 mg daily
 (b) finasteride 1 mg daily
 (c) PRP every 4–6 weeks for 3 sessions

Let us know which you'd like to start.
""", "alopecia treatment options"),
("Re: Jocelyn Marchetti",
"""Hi,

Yes, that's correct — Jocelyn Marchetti is listed as your daughter's emergency contact. Let us know if you'd like to update it.

Thanks,
Front Desk
""", "directory name only"),
("Your skincare regimen",
"""Hi Kara,

Here's the regimen Dr. Soto recommended after your consult:

AM: Vitamin C serum, moisturizer, tinted mineral SPF
PM: gentle cleanser, Tri-Luma (hydroquinone/tretinoin/fluocinolone) on dark patches only, 8 weeks max

We'll reassess at your next visit.
""", "Tri-Luma prescription regimen"),
]
