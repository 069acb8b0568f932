# Hand-written PHI emails. keys: s (subject), b (body, greeting..closing, signature added later), r (reason)
# optional: p (practice idx), lang, kind: normal|subject_only|html_only|attach, html_extra (for html_only), att (list of (fname, type, payload-desc))
PHI_EMAIL = [
dict(p=10, s="Your post-op instructions – rhinoplasty", r="rhinoplasty post-op instructions", b="""Hi Olivia,

It was so nice to see you this morning! As promised, here is a written copy of your post-op instructions from Dr. Nakamura.

- Keep your head elevated on two pillows for the first week.
- Do not blow your nose for 2 weeks. Sneeze with your mouth open.
- The splint stays on until your 7-day visit. Please don't get it wet.
- Some bruising under the eyes is normal and usually peaks on day 3.
- Take the Keflex twice a day until it is gone.

Call us any time if you have bleeding that won't stop with gentle pressure, or a fever over 101.

Warmly,"""),
dict(p=6, s="Welcome to the Radiance Weight Loss Program!", r="semaglutide weight-loss program details", b="""Hi Jordan,

Welcome aboard! We're so excited to start this journey with you.

Here's what to expect over the next month:
Week 1-4: semaglutide 0.25 mg once weekly (Sunday is easiest for most people)
Week 5-8: 0.5 mg weekly, if you're tolerating it well
Monthly: a quick weigh-in and check-in with Nurse Practitioner Dalia

Your vials will ship cold from our partner pharmacy. Please put them in the fridge as soon as they arrive. Mild nausea is common in the first two weeks; small meals and plenty of water help a lot.

We'll need updated labs (CMP and A1C) before your 3-month renewal.

Cheering you on,"""),
dict(p=4, s="Your personalized treatment plan", r="treatment plan with Morpheus8/Sculptra", b="""Dear Rebecca,

Thank you for coming in for your consultation with Dr. Alvarez on Tuesday. Below is the treatment plan we discussed:

1) Morpheus8 to the lower face and neck – 3 sessions, 4-6 weeks apart ($1,100 each, package price $2,900)
2) Sculptra – 2 vials per session, 2 sessions ($850/vial)
3) Daily at home: tretinoin 0.025% at night, vitamin C serum and SPF in the morning

Total quoted investment: $6,300. This quote is valid for 60 days. Financing through CareCredit is available if you'd like to spread out payments.

Let me know when you're ready to schedule and I'll hold your preferred dates.

Best,"""),
dict(p=2, s="Invoice #INV-20417 – Bellavista Med Spa", r="invoice itemizing Botox and Juvederm", b="""Hi Tanya,

Thank you for visiting us! Your invoice is below.

Invoice #: INV-20417
Date of service: 03/08/2025

Botox Cosmetic – 40 units @ $13 ........ $520.00
Juvederm Voluma XC – 1 syringe ........ $850.00
Loyalty discount ....................... -$68.50
Total .................................. $1,301.50
Paid: Visa ending 1142

We appreciate you!"""),
dict(p=0, s="How did we do?", r="survey naming CoolSculpting treatment", b="""Hi Brandon,

Thank you for choosing Lumen for your CoolSculpting treatment on October 3. We'd love two minutes of your time to hear how it went.

1. How would you rate your overall experience? (1–5)
2. How comfortable was the applicator during your session?
3. Did your provider explain what to expect over the next 8–12 weeks?
4. Would you recommend us to a friend?

Take the survey: https://lumenskinlaser.com/survey/cs-1003

Thank you!"""),
dict(p=7, s="Your lab results have been reviewed", r="lab results, tirzepatide program", b="""Hi Michael,

Dr. Fox has reviewed your labs from last Thursday:

- HbA1c: 5.8% (slightly elevated)
- Fasting glucose: 104
- Lipid panel: LDL 138, HDL 41
- Thyroid (TSH): normal

Based on these results, you are a good candidate to continue tirzepatide. We'll increase you to 5 mg starting with your next weekly injection. Please schedule a follow-up in 4 weeks.

If you have any questions, just reply to this email.

Take care,"""),
dict(p=3, s="Your skin care routine for melasma", r="melasma, hydroquinone, tranexamic acid", b="""Hi Nadia,

As we discussed at your visit, melasma is very manageable with consistency. Here's your routine:

MORNING: gentle cleanser, vitamin C serum, tinted mineral sunscreen SPF 50 (reapply every 2 hours outdoors)
NIGHT: hydroquinone 4% cream to the dark patches only, then moisturizer
ORAL: tranexamic acid 325 mg twice a day (Dr. Moreau sent the prescription to your pharmacy)

Please use the hydroquinone for 3 months, then we'll take a break and reassess. Avoid saunas and hot yoga if you can – heat makes melasma worse.

See you in 8 weeks!"""),
dict(p=2, s="Re: swelling after my lip filler", r="nurse reply re: lip filler swelling", b="""Hi Megan,

Totally understand the worry! From your photo, what you're seeing looks like normal swelling – the lower lip often swells more than the upper for the first 48-72 hours. The little bump on the left should soften as the filler settles.

Keep icing 10 minutes on, 10 off, sleep a little elevated tonight, and skip the gym until Friday. Arnica is fine to take.

If you notice any white or dusky areas, or pain that gets worse instead of better, call the office right away and ask for me.

- Nurse Alyssa

> On Mon, Mar 10, 2025 at 8:14 PM Megan O'Brien wrote:
> Hi! My bottom lip is really swollen on one side and there's a little lump. Is this normal?? I had filler yesterday with Alyssa.
"""),
dict(p=1, s="Thank you for the referral!", r="referral thank-you revealing a breast lift consult", b="""Dear Claire,

We wanted to personally thank you for referring your sister to our practice for her breast lift consultation with Dr. Hollis. It means so much when our patients trust us with the people they love.

As a thank-you, we've added a $100 credit to your account, good toward any future service.

With gratitude,"""),
dict(p=1, s="Pre-op checklist – breast augmentation, Nov 12", r="breast augmentation pre-op", b="""Hi Sofia,

Your surgery is two weeks away! Please review this checklist:

☐ Pre-op labs (CBC, pregnancy test) – completed by Nov 5
☐ Stop aspirin, ibuprofen, fish oil and vitamin E – starting today
☐ Fill your prescriptions: cephalexin, ondansetron, and your pain medication
☐ Pick up two front-closure surgical bras
☐ Arrange a ride home and someone to stay with you the first night

Reminder: your implants are 375cc Mentor smooth round, high profile, as chosen at your sizing visit.

Arrival time: 6:30 AM at the Harbor Surgery Center, 2nd floor.

See you soon,"""),
dict(p=3, s="Your isotretinoin (Accutane) requirements for this month", r="isotretinoin/Accutane, iPLEDGE", b="""Hi Ethan,

Just a reminder of your monthly requirements so there's no delay getting your prescription:

1. Log into iPLEDGE and answer your comprehension questions after your visit on the 14th.
2. Your lab work (lipids and liver panel) needs to be drawn within 7 days before the visit.
3. Pick up your prescription within your 7-day window.

Keep using the lip balm and moisturizer generously – the dryness is normal. Let us know if you notice any mood changes, headaches, or vision changes.

Thanks,"""),
dict(p=9, s="Resumen de su consulta de restauración capilar", lang="es", r="Spanish: hair restoration consult, FUE, finasteride", b="""Hola Rafael,

Gracias por venir a su consulta con el Dr. Salinas. Aquí le dejamos el resumen:

- Diagnóstico: alopecia androgenética, grado Norwood 3 vértex
- Plan: trasplante capilar FUE, aproximadamente 2,200 injertos
- Tratamiento previo: finasterida 1 mg diaria y minoxidil tópico por 3 meses
- Opcional: 3 sesiones de PRP capilar

El costo estimado es de $8,800. Si desea reservar la fecha de la cirugía, se requiere un depósito de $1,000.

Saludos cordiales,"""),
dict(p=3, s="Your Mohs surgery appointment – what to expect", r="Mohs surgery for skin cancer", b="""Dear Mr. Albright,

Your Mohs surgery with Dr. Lowe is scheduled for Wednesday, May 21 at 7:30 AM for the basal cell carcinoma on your left nasal ala.

Please plan to be with us most of the day – Mohs is done in stages, and we check each layer under the microscope while you wait. Bring a book, a snack, and a sweater.

Eat a normal breakfast and take your usual medications unless Dr. Lowe told you otherwise. Do not drive yourself home if the repair is near your eye.

Sincerely,"""),
dict(p=11, s="Your Glow Club membership renews Friday ✨", r="membership listing HydraFacial and Botox benefits", b="""Hi Lauren!

Just a heads up that your Glow Club membership renews this Friday at $149/month.

Your perks:
• One signature HydraFacial every month
• 20 units of Botox or Dysport per quarter
• 15% off all filler and skincare
• Birthday month bonus: a free lip hydration treatment

You currently have 2 unused HydraFacials banked – don't let them expire!

Love,"""),
dict(p=6, s="Spring at Radiance MD 🌷 New treatments + events", r="newsletter naming Daxxify, Morpheus8, laser hair removal", b="""Hello gorgeous,

Spring is here and we have news!

NEW: Daxxify is now available at Radiance – the longest-lasting neurotoxin on the market, with results that can last up to 6 months.

Morpheus8 Month: book a series of three in April and get the fourth free.

Laser hair removal: start now to be smooth by summer. Packages of 6 are 30% off through April 30.

Event: Join us April 17, 5–8pm, for our Spring Soirée with live demos by our nurse injectors. RSVP at radiancemdspa.com/soiree.

See you soon,"""),
dict(p=1, s="Medical records request – MRN 00583321", r="MRN in subject/body", b="""Hi Ms. Gómez,

We received your request to send your medical records to Dr. Tabor's office. Your records (MRN 00583321) will be faxed within 5 business days once we receive the signed authorization form, which I've sent through the portal.

If you have any questions, feel free to reach out.

Regards,"""),
dict(p=3, s="Insurance verification needed before your visit", r="insurance member ID and group number", b="""Hi Derek,

Before your appointment on Monday, we need to verify your insurance. Here's what we currently have on file:

Carrier: BlueCross BlueShield of Illinois
Member ID: XOF884120337
Group #: 0047821

Our system is returning an eligibility error. Could you double-check the card and send us a photo of the front and back, or call the number on the back to confirm the plan is active?

Thank you,"""),
dict(p=8, s="Statement of account", r="billing statement with patient name and DOB", b="""Dear Patient,

Please find your statement summary below.

Patient: Imani Carter
DOB: 11/02/1969
Statement date: 02/01/2025
Previous balance: $240.00
Payments received: $240.00
Current balance due: $0.00

Thank you for your prompt payment.

Sincerely,
Billing Office"""),
dict(p=6, s="Your IV therapy menu 💧", r="IV therapy menu incl. NAD+, glutathione", b="""Hi Imani,

Thanks for asking about our IV lounge! Here's our current menu:

Hydration Basic (1L saline + electrolytes) – $149
Myers' Cocktail – $199
Immunity Boost (high-dose vitamin C + zinc) – $219
Glow (glutathione + biotin) – $229
NAD+ 500 mg (2–3 hour infusion) – $450

All drips are administered by our RNs after a short medical screening. First-time guests get $25 off.

Cheers,"""),
dict(p=1, s="Gynecomastia surgery – what to expect", r="gynecomastia surgery information", b="""Hi Chris,

Thanks for trusting us with your gynecomastia surgery. Here's a quick rundown of recovery:

• You'll go home in a compression vest – wear it 24/7 for 4 weeks (off only to shower after day 2).
• Expect swelling and bruising across the chest for 1–2 weeks.
• No upper body lifting or push-ups for 4 weeks.
• Most patients return to desk work in 5–7 days.

Your surgery is confirmed for June 3 at 8:00 AM. See you then.

Best,"""),
dict(p=6, s="Hormone therapy follow-up", r="HRT pellets, estradiol/testosterone levels", b="""Hi Patricia,

It's been about 4 months since your last pellet insertion, so it's time to schedule your next one.

Your most recent labs showed estradiol at 88 and testosterone at 142, which Dr. Reyes was happy with. She'd like to keep the same dose. Please get your pre-pellet labs drawn about a week before your visit.

Reply here or call us to book!

Best,"""),
dict(p=5, s="Your vein treatment results", r="sclerotherapy follow-up", b="""Hi Rebecca,

It was great seeing you at your 6-week follow-up. The spider veins on your thighs have responded really well to the sclerotherapy, and as we discussed, a couple of areas behind the right knee could use one more session.

Please keep wearing your 20–30 mmHg compression stockings for a few more days after each session, and try to walk at least 20 minutes daily.

Your next session is Thursday, August 14 at 10:00 AM.

Thank you,"""),
dict(p=3, s="Your rosacea treatment plan", r="rosacea, ivermectin, Vbeam", b="""Hi Sarah,

Here's a summary of today's visit with Dr. Amir:

Diagnosis: rosacea (papulopustular), with some background redness
Plan:
 - Ivermectin 1% cream (Soolantra) once daily
 - Gentle skincare, avoid triggers (hot drinks, spicy food, alcohol)
 - Consider 2–3 sessions of Vbeam laser for the redness once the bumps calm down

Follow up in 8 weeks. Your prescription has been sent to the pharmacy.

Best,"""),
dict(p=3, s="Good news about your psoriasis medication", r="psoriasis biologic approval", b="""Hi Luis,

Your insurance has approved Cosentyx for your plaque psoriasis! The specialty pharmacy (Accredo) will reach out in the next 2–3 days to set up delivery.

Your first 5 doses are given weekly as loading doses, then once a month after that. Our nurse can walk you through your first injection in the office if you'd like – just let us know.

We'll want a TB test yearly while you're on this medication.

Best,"""),
dict(p=11, s="We miss you, Kara! 💕", r="lapsed-patient email naming Dysport", b="""Hi Kara,

It's been 6 months since your last Dysport appointment and we miss your face! Most clients come back every 3–4 months to keep things smooth.

Book this month and enjoy $50 off your next visit. Use code MISSYOU at checkout.

XO,"""),
dict(p=0, s="Meet our new Nurse Injector, Alyssa!", r="staff intro naming lip filler/Kybella/Botox", b="""Hi there,

We're thrilled to introduce Alyssa Monroe, RN, BSN, the newest member of our injector team!

Alyssa joins us from a busy plastic surgery practice in Dallas, where she spent six years specializing in lip filler, Botox and Kybella. She's known for her natural results and gentle touch.

To celebrate, Alyssa is offering $2 off per unit of neurotoxin for her first 30 clients. Book with her at lumenskinlaser.com/alyssa.

Welcome, Alyssa!"""),
dict(p=1, s="Updated deposit and cancellation policy", r="policy notice naming facelift, blepharoplasty, Botox", b="""Dear Patients,

Effective March 1, our deposit and cancellation policy is changing.

Surgical procedures (e.g., facelift, blepharoplasty, breast surgery): a 20% deposit is required to hold your surgery date. Deposits are non-refundable within 14 days of surgery.

Injectable appointments (Botox, fillers): a $50 fee applies to cancellations with less than 24 hours' notice.

Thank you for your understanding,"""),
dict(p=0, s="Tattoo removal – session 3 recap", r="laser tattoo removal progress", b="""Hi Hiro,

Your forearm tattoo is fading beautifully – we're seeing about 50% clearance after 3 sessions with the PicoSure.

Aftercare reminders: keep the area covered with Aquaphor and a non-stick bandage for 3 days, don't pop any blisters, and keep it out of the sun.

Next session: 8 weeks from today. The front desk will call you to schedule.

Best,"""),
dict(p=2, s="Tu plan de tratamiento – Bellavista", lang="es", r="Spanish: treatment plan with Botox and filler", b="""Hola Valeria,

¡Gracias por visitarnos! Aquí está el plan que conversamos con la enfermera Gabriela:

• Botox en frente y patas de gallo: 30 unidades ($390)
• Relleno de labios con Restylane Kysse: 1 jeringa ($650)
• Cuidado en casa: protector solar todos los días

Recuerde no hacer ejercicio intenso ni acostarse durante 4 horas después del Botox.

¡Nos vemos pronto!"""),
dict(p=9, s="Instrucciones después de su cirugía", lang="es", r="Spanish: tummy tuck post-op instructions", b="""Estimada Sra. Ortiz,

Estas son sus instrucciones después de la abdominoplastia:

1. Camine un poco encorvada durante la primera semana para no tensar la herida.
2. Use la faja de compresión día y noche durante 6 semanas.
3. Vacíe los drenajes dos veces al día y anote la cantidad.
4. No levante nada más pesado que 5 kilos.

Si tiene fiebre mayor de 38.5 °C, enrojecimiento o mal olor en la herida, llámenos de inmediato.

Atentamente,"""),
dict(p=9, s="Resultados de laboratorio disponibles", lang="es", r="Spanish: lab results, semaglutide", b="""Hola Josefina,

La Dra. Pérez revisó sus análisis de sangre. Su función renal y de tiroides están normales, así que puede continuar con la semaglutida y subir a 1 mg la próxima semana.

Recuerde tomar mucha agua y comer porciones pequeñas.

Saludos,"""),
dict(p=9, s="Bienvenida a Clínica Bella Piel – su tratamiento de acné", lang="es", r="Spanish: acne treatment with spironolactone, doxycycline", b="""Hola Ana Lucía,

Bienvenida a nuestra clínica. Según su consulta, el plan para su acné es:

- Espironolactona 50 mg diaria
- Doxiciclina 100 mg por 3 meses (tomar con comida y mucha agua)
- Adapaleno gel por la noche

Su próxima cita de seguimiento es en 6 semanas.

Cordialmente,"""),
dict(p=7, s="TRT program – next steps", r="testosterone replacement therapy", b="""Hi Brandon,

Thanks for meeting with Dr. Patel. Here's a recap of your testosterone replacement plan:

- Testosterone cypionate 140 mg/week, split into two subcutaneous injections
- Anastrozole only if estradiol rises above range
- Labs (total T, free T, estradiol, CBC, PSA) at 6 weeks

Your starter kit (syringes, alcohol swabs, sharps container) will be ready at the front desk Thursday.

Questions? Reply anytime.

Summit Men's Health Care Team"""),
dict(p=4, s="Your Kybella series", r="Kybella treatment series", b="""Hi Jessica,

Just a note to confirm your Kybella series: you're scheduled for treatment #2 on Friday, September 12, and #3 six weeks later.

Remember the swelling under the chin was most noticeable for about a week last time – plan accordingly if you have events. A cold compress and sleeping slightly elevated help a lot.

Best,"""),
dict(p=10, s="Oculoplastic consultation summary", r="ptosis repair / oculoplastics consult notes", b="""Dear Mr. Tanaka,

Thank you for seeing Dr. Nakamura today. Summary of findings:

- Bilateral upper eyelid ptosis, right greater than left
- Dermatochalasis of the upper lids
- Visual field testing shows superior field loss, which may qualify the ptosis repair for insurance coverage

Recommendation: bilateral external levator advancement with upper blepharoplasty. Our surgical coordinator will submit for prior authorization.

Sincerely,"""),
dict(p=0, s="Laser hair removal package – sessions remaining", r="laser hair removal package", b="""Hi Emily,

Just a friendly update: you have 3 sessions remaining in your 6-session laser hair removal package (underarms + full legs).

For best results, schedule every 6–8 weeks for legs and 4–6 weeks for underarms. Remember to shave 24 hours before and avoid sun exposure on treated areas.

See you soon!"""),
dict(p=4, s="Your PRP hair restoration appointment", r="PRP for hair", b="""Hi Derek,

Your next PRP scalp treatment is on Tuesday, October 7 at 3:00 PM (session 2 of 4).

Please wash your hair the morning of your appointment and skip any styling products. Drink plenty of water the day before – it makes the blood draw easier. No ibuprofen or aspirin for 3 days beforehand.

Thanks,"""),
dict(p=8, s="Your biopsy results", r="biopsy results, dysplastic nevus", b="""Dear Ms. Stein,

Dr. Birch has reviewed the pathology report from the biopsy taken on your upper back on June 2.

Result: moderately dysplastic nevus, margins involved.

Dr. Birch recommends a small re-excision to make sure the entire lesion is removed. This is a routine 30-minute procedure under local anesthesia. Please call us to schedule at your convenience.

Sincerely,"""),
dict(p=2, s="Your scar revision follow-up", r="scar revision, steroid injection", b="""Hi Maya,

Thank you for coming in today. The scar from your C-section is flattening nicely after the first Kenalog injection. We'll plan for a second injection in 4 weeks, and then reassess whether surgical scar revision is needed.

Keep using the silicone sheets at least 12 hours a day.

Warmly,"""),
dict(p=11, s="Botox 101: your first-time guide", r="first-time Botox guide", b="""Hi Grace,

We're so glad you're coming in for your very first Botox appointment on Saturday! Here's everything you need to know:

Before: avoid alcohol, fish oil and ibuprofen for 24 hours to reduce bruising.
During: it takes about 10 minutes. It feels like tiny pinches.
After: no lying down for 4 hours, no workouts until tomorrow, and don't rub the treated areas.
Results: you'll start seeing a difference in 3–5 days, with full results at 2 weeks.

Can't wait to see you!"""),
dict(p=5, s="Hyperhidrosis treatment approved", r="hyperhidrosis Botox approval", b="""Hi Jordan,

Good news! Your insurance approved Botox injections for your axillary hyperhidrosis. We've scheduled you for Monday, August 4 at 1:30 PM.

Please don't use deodorant the day of your treatment, and shave the area 2 days before.

Thanks,"""),
# name-only PHI emails
dict(p=3, s="Appointment confirmation", r="directory patient full name in greeting", b="""Dear Ms. Priya Anand Raghunathan,

This email confirms your appointment on Thursday, April 10 at 2:45 PM with Dr. Moreau.

Please arrive 15 minutes early. If you need to reschedule, call us at least 24 hours in advance.

Thank you,"""),
dict(p=1, s="Your forms have been received", r="directory patient full name (LAST, FIRST form)", b="""Hello,

We've received the intake packet for MONTOYA, RAFAEL IGNACIO. Thank you for completing it before your visit.

If anything changes before your appointment, please let us know.

Best regards,"""),
dict(p=8, s="Welcome to Westlake!", r="directory patient full name", b="""Hi Siobhan O'Callaghan,

Welcome to the practice! Your new patient portal account is ready. You can log in at portal.westlakedcs.com to update your contact info, view appointment times and pay your bill online.

We look forward to meeting you.

Warm regards,"""),
dict(p=6, s="Payment received – thank you!", r="directory patient full name", b="""Hi,

Thank you! We've received your payment of $150.00 for the account of Mr. Giancarlo DeLuca. Receipt number R-220193.

Have a wonderful day,"""),
]

# PHI only in Subject (body clean)
PHI_SUBJECT_ONLY = [
dict(p=4, s="Your Kybella follow-up", r="PHI only in Subject: Kybella", b="""Hi Jen,

Just checking in – see you Thursday at 2:00. Call us if anything comes up before then.

Thanks!"""),
dict(p=11, s="Botox reminder – Fri 10:30", r="PHI only in Subject: Botox", b="""Hi!

Quick reminder of your appointment on Friday at 10:30 AM. Reply to this email if you need to reschedule.

See you soon!"""),
dict(p=9, s="Recordatorio: su cita de relleno de labios", subj_mode="b", lang="es", r="PHI only in encoded-word Subject (Spanish lip filler)", b="""Hola,

Le recordamos su cita del sábado a las 11:00 de la mañana. Si necesita cambiarla, llámenos.

Gracias,"""),
dict(p=1, s="Post-op day 3 check-in (tummy tuck)", r="PHI only in Subject: tummy tuck post-op", b="""Hi Sofia,

How are you feeling today? Reply with any questions at all – no question is too small.

Take care,"""),
dict(p=6, s="Re: semaglutide dose question", r="PHI only in Subject: semaglutide", b="""Sounds good, we'll see you Monday at 9!

Thanks,"""),
dict(p=0, s="Your Morpheus8 appointment – prep reminder", subj_mode="q", r="PHI only in Q-encoded Subject: Morpheus8", b="""Hi Emily,

Just a reminder to arrive 45 minutes early so we have plenty of time before we get started. Parking is free in the garage.

See you then!"""),
dict(p=3, s="Your biopsy results are ready", r="PHI only in Subject: biopsy results", b="""Hello,

A new message from Dr. Lee is waiting in your patient portal. Please log in at northgatederm.com/portal to view it.

Thank you,"""),
dict(p=7, s="TRT refill ready for pickup", r="PHI only in Subject: TRT", b="""Hi Rob,

Your order is ready at the front desk. We're open until 6 tonight.

Summit Men's Health"""),
]

# PHI only in HTML part (text/plain part clean). html_inject: fragment placed in html; where: top|bottom|comment
PHI_HTML_ONLY = [
dict(p=6, s="Happy Holidays from Radiance MD!", r="PHI only in hidden HTML preheader (Botox)",
     b="""Happy holidays from all of us at Radiance MD!\n\nWe're closed Dec 24–26 and Jan 1. Wishing you a cozy, restful season.""",
     inj='<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Ready for your next Botox session? Book before Dec 31 and save 15%.</div>', where="top"),
dict(p=2, s="A little something for you", r="PHI only in white-on-white HTML text (Juvederm Voluma)",
     b="""Hi there!\n\nThank you for being part of the Bellavista family. We have a little surprise waiting for you at your next visit.""",
     inj='<p style="color:#ffffff;font-size:1px;line-height:1px">Juvederm Voluma 15% off for returning filler patients</p>', where="bottom"),
dict(p=10, s="Appointment confirmation", r="PHI only in HTML comment (rhinoplasty consult note)",
     b="""Hello,\n\nYour appointment is confirmed for Tuesday, September 9 at 1:00 PM. Please arrive 15 minutes early.""",
     inj='<!-- internal: pt rhinoplasty consult, revision of 2019 surgery, wants dorsal hump reduction -->', where="top"),
dict(p=2, s="Your receipt from Bellavista Med Spa", r="PHI only in HTML (plain part is stub; HTML receipt lists Dysport)",
     b="""Please view this email in an HTML-capable email client to see your receipt.""",
     inj='<table style="border:1px solid #eee"><tr><td>Service</td><td>Dysport – 60 units</td><td>$270.00</td></tr><tr><td>Paid</td><td>Mastercard ending 7730</td><td></td></tr></table>', where="bottom", plain_stub=True),
dict(p=9, s="Novedades de Clínica Bella Piel", lang="es", r="Spanish: PHI only in hidden HTML preheader (Morpheus8)",
     b="""¡Hola!\n\nGracias por ser parte de nuestra familia. Este mes tenemos nuevos horarios los sábados de 9 a 2.""",
     inj='<span style="display:none !important;visibility:hidden;opacity:0;height:0;width:0">Su próxima sesión de Morpheus8 está lista para agendar</span>', where="top"),
dict(p=4, s="Appointment details", r="PHI only in small grey HTML footer text (PRP for hair)",
     b="""Hi Derek,\n\nYour next appointment is Tuesday, October 7 at 3:00 PM. See you then!""",
     inj='<p style="font-size:9px;color:#cccccc">Visit type: PRP scalp injections for androgenetic alopecia – session 2 of 4</p>', where="bottom"),
dict(p=0, s="Your visit summary", r="PHI only in HTML (collapsed details block: laser resurfacing)",
     b="""Hi,\n\nThanks for visiting Lumen today. Your visit summary is available below.""",
     inj='<details><summary>Visit summary</summary><p>Fractional CO2 laser resurfacing, full face. Expect redness and peeling for 7–10 days. Keep skin coated with Aquaphor.</p></details>', where="bottom"),
]

# PHI via attachment (body may be clean). att: list of (filename, kind, text)
PHI_ATTACH = [
dict(p=2, s="Your photos", r="image attachment (before/after photo)", b="""Hi Tanya,\n\nHere are the photos from today, as promised!\n\nXO,""",
     att=[("before_after_lips.jpg", "jpeg", None)]),
dict(p=1, s="Consultation notes", r="PDF attachment (consult notes)", b="""Dear Ms. Goldstein,\n\nPlease find your consultation notes attached for your records.\n\nKind regards,""",
     att=[("Consult_Notes_Goldstein.pdf", "pdf", "Consultation notes - abdominoplasty with liposuction of flanks")]),
dict(p=0, s="Photo you asked for", r="image attachment (innocuous body)", b="""Hi!\n\nHere's the photo you asked for 🙂 Let me know if you need anything else.\n\nJenna""",
     att=[("IMG_4482.png", "png", None)]),
dict(p=3, s="Your receipt", r="PDF attachment (receipt)", b="""Hello,\n\nYour receipt is attached. Thank you for your payment.\n\nNorthgate Dermatology Billing""",
     att=[("receipt_R-558201.pdf", "pdf", "Receipt R-558201 Amount 150.00")]),
dict(p=8, s="Appointment calendar invite", r="calendar (.ics) attachment", b="""Hi,\n\nA calendar invite for your appointment is attached. See you soon!\n\nWestlake Patient Care""",
     att=[("appointment.ics", "ics", None)]),
dict(p=4, s="Your treatment plan", r="PDF attachment + body naming Sculptra", b="""Hi Rebecca,\n\nAttached is your treatment plan for Sculptra and Morpheus8 with pricing. Let us know if you have questions!\n\nBest,""",
     att=[("Treatment_Plan.pdf", "pdf", "Treatment plan: Sculptra 4 vials, Morpheus8 x3")]),
dict(p=9, s="Sus fotos de antes y después", lang="es", subj_mode="b", r="Spanish: before/after photo attachments", b="""Hola Valeria,\n\nLe enviamos sus fotos de antes y después. ¡Los resultados se ven increíbles!\n\nSaludos,""",
     att=[("antes.jpg", "jpeg", None), ("despues.jpg", "jpeg", None)]),
dict(p=5, s="Post-treatment care sheet", r="PDF attachment (sclerotherapy care sheet)", b="""Hi Rebecca,\n\nAttached is the care sheet we went over today.\n\nThank you,""",
     att=[("Sclerotherapy_Aftercare.pdf", "pdf", "Sclerotherapy aftercare: wear compression stockings 72 hours")]),
dict(p=11, s="Your gift card!", r="image attachment (gift card image) – attachment rule", b="""Hi Lauren!\n\nYour e-gift card is attached – just show it at the front desk. Enjoy!\n\nThe Glow Bar Team""",
     att=[("GlowBar_GiftCard_100.png", "png", None)]),
dict(p=7, s="Lab requisition", r="PDF attachment (lab requisition)", b="""Hi Rob,\n\nYour lab order is attached. Bring it to any Quest location; no appointment needed.\n\nSummit Men's Health""",
     att=[("lab_requisition.pdf", "pdf", "Lab requisition: total testosterone, free T, estradiol, CBC, PSA")]),
dict(p=6, s="Consent forms to review", r="PDF consent form attachment", b="""Hello,\n\nPlease review and sign the attached forms before your visit on Saturday.\n\nRadiance MD""",
     att=[("Consent_Neurotoxin.pdf", "pdf", "Informed consent for neuromodulator injection"), ("Photo_Release.pdf", "pdf", "Photo release")]),
dict(p=2, s="Fwd: healing progress", r="image attachment (patient healing photo)", b="""Hi Maya,\n\nForwarding the photo Dr. Reyes asked me to send you for comparison. Looks great!\n\n---------- Forwarded message ---------\nFrom: Maya Feldman\nSubject: healing progress\n\nDay 10 pic attached!""",
     att=[("day10.jpeg", "jpeg", None)]),
]
