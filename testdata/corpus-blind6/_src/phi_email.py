# Hand-written e-mails that carry PHI.
# Keys: reason, frm, to, subj, text, html ('auto' | str | None), enc (text
# part transfer encoding: 7bit/8bit/qp/b64), henc (html part encoding),
# html_only, attach [(filename, mime)], inline_img (filename) -> multipart/related,
# text_raw (already-encoded text body, used with enc), headers {extra}.
from common import SIG

PHI_EMAIL = [
dict(reason="post-op instructions after breast augmentation",
     frm=("Cedar Ridge Plastic Surgery", "care@cedarridgeps.com"),
     to=("Allison", "allison.k.reed@gmail.com"),
     subj="Your first week at home - instructions from Dr. Whitaker",
     text="""Hi Allison,

We're so glad surgery went smoothly this morning. Here is a written copy of what
Dr. Whitaker went over with you in recovery, so you have it handy:

1. Wear the surgical bra day and night for 2 weeks. You can take it off to shower
   starting Thursday.
2. No lifting anything heavier than a gallon of milk for 3 weeks, and no reaching
   overhead. Sleep on your back, propped up on two pillows.
3. Take the Keflex twice a day until it's finished. Use the oxycodone only if
   Tylenol isn't enough, and never with alcohol.
4. Some swelling and tightness over the implants is expected, especially on the
   right where the pocket was adjusted. Sudden swelling on one side, fever over
   101, or redness spreading from the incisions is NOT expected - call us right
   away, day or night.

Your first post-op visit is next Tuesday at 10:30. Steri-strips stay on until then.

""" + SIG["cedar"], html=None, enc="7bit"),

dict(reason="marketing: Juvéderm (HTML entities in HTML part, QP accents in text)",
     frm=("Marigold Med Spa", "hello@marigoldmedspa.com"),
     to=("", "vip-list@marigoldmedspa.com"),
     subj="Filler Week starts Monday \u2728",
     text="""Filler Week is here!

Monday through Saturday only: $75 off every syringe of Juvéderm Voluma, Volbella
and Vollure, plus double Allē points. Lips, cheeks, chin and jawline - our
injectors Kayla and Ximena have extra hours all week.

Book online or call us. Limited spots.

""" + SIG["marigold"],
     html="""<html><body style="font-family:Georgia,serif;color:#3b2a1a">
<h1 style="color:#d98c1f">Filler Week is here!</h1>
<p>Monday through Saturday only: <b>$75 off every syringe</b> of JUV&Eacute;DERM Voluma,
Volbella and Vollure, plus double All&#275; points.</p>
<p>Lips, cheeks, chin and jawline &mdash; our injectors Kayla and Ximena have extra hours all week.</p>
<p><a href="https://marigoldmedspa.com/book">Book online</a> or call us. Limited spots.</p>
<p style="font-size:12px">Marigold Med Spa &middot; 415 E Houston St, San Antonio, TX 78205 &middot; 210-555-0163</p>
</body></html>""", enc="qp", henc="qp"),

dict(reason="QP soft line break splits the word 'Botox' across encoded lines",
     frm=("Oak & Ivory Med Spa", "frontdesk@oakandivory.com"),
     to=("Rachel", "rachel.m.dunn@yahoo.com"),
     subj="Your appointment on Thursday",
     date="2025-04-15 09:30",
     enc="qp",
     text_raw="""Hey Rachel,=0A=0AJust a reminder that Thursday at 4:15 PM you have your Bo=
tox touch-up with Lauren (forehead and crow's feet). Please skip the gym th=
at day and stay upright for 4 hours afterwards.=0A=0AIf you need to resched=
ule, reply to this email or call 201-555-0158.=0A=0AOak & Ivory Med Spa=0A1=
8 Hudson St, Hoboken, NJ 07030=0A
"""),

dict(reason="base64 body: semaglutide titration schedule",
     frm=("Verde Wellness & Weight", "nurse@verdewellness.com"),
     to=("Marcus", "marcus.t.bell@outlook.com"),
     subj="Your dosing calendar for the next 8 weeks",
     text="""Hi Marcus,

Great visit today - 11.6 lbs down in your first month is a strong start. As
discussed, here is your semaglutide calendar:

  Weeks 1-4 (already done): 0.25 mg once weekly
  Weeks 5-8: 0.5 mg once weekly (20 units on your syringe)
  Week 9: we'll decide together at your check-in whether to move to 1 mg

Inject on the same day each week, rotating between belly and thigh. If the
nausea comes back, eat smaller meals and stop eating when you feel 80% full.
Please text us if you have vomiting that lasts more than a day or any upper
belly pain that goes to your back.

Nurse Annie

""" + SIG["verde"], enc="b64"),

dict(reason="photo attachments: before/after images",
     frm=("Aurelia Aesthetic Institute", "photos@aureliainstitute.com"),
     to=("Sofia", "sofia.andrade88@gmail.com"),
     subj="Your 3-month photos",
     text="""Hi Sofia,

As promised, here are the standardized photos from your 3-month visit next to
your baseline set. The side profile is my favorite - the jawline definition is
holding beautifully.

Let me know if you'd like to go over them together at your next appointment.

Best,
Dr. Irene Vasilakis

""" + SIG["aurelia"],
     html="auto", attach=[("baseline_front.jpg", "image/jpeg"), ("3mo_front.jpg", "image/jpeg"), ("3mo_profile.jpg", "image/jpeg")]),

dict(reason="PDF attachment: surgical quote / treatment plan for rhinoplasty",
     frm=("Northshore Facial Plastics", "coordinator@northshorefp.com"),
     to=("Ethan", "ethan.wolcott@icloud.com"),
     subj="Your quote from Dr. Haddad",
     text="""Hi Ethan,

Thank you for coming in on Friday. Attached is the quote for the septorhinoplasty
Dr. Haddad discussed, including the surgeon's fee, the surgery center and
anesthesia. The functional (septum) portion may be billed to your insurance; I'll
send the pre-authorization as soon as you give us the green light.

Dates currently open: May 19, June 2 and June 16.

Kind regards,
Jenna Price, Patient Coordinator

""" + SIG["northshore"],
     attach=[("Quote_Septorhinoplasty_Wolcott.pdf", "application/pdf")]),

dict(reason="attachment rule: calendar invite (.ics) on an otherwise benign reminder",
     frm=("Bellhaven Aesthetics", "appointments@bellhavenaesthetics.com"),
     to=("Nora", "nora.vance@gmail.com"),
     subj="See you Wednesday!",
     date="2025-04-07 10:12",
     text="""Hi Nora,

Your appointment is confirmed for Wednesday, April 9 at 3:45 PM. We've attached
a calendar invite so it's easy to add to your phone.

Parking is free in the garage behind the building; take the elevator to the
first floor and we're on your left.

""" + SIG["bellhaven"],
     attach=[("appointment.ics", "text/calendar")]),

dict(reason="attachment rule: new-patient forms PDF",
     frm=("Halcyon Dermatology", "intake@halcyonderm.com"),
     to=("Grace", "grace.oduya@gmail.com"),
     subj="Forms for your first visit",
     text="""Hello Grace,

Welcome to Halcyon Dermatology! Please fill out the attached forms and bring them
with you, or drop them in the portal before your visit. It saves about 15 minutes
at check-in.

See you soon,

""" + SIG["halcyon"],
     attach=[("Halcyon_New_Patient_Packet.pdf", "application/pdf")]),

dict(reason="Juvéderm only in RFC 2047 encoded Subject; body is a generic check-in",
     frm=("Tidewater Aesthetics", "team@tidewateraesthetics.com"),
     to=("Kristen", "kristen.b.lowe@gmail.com"),
     subj="Two weeks after your Juvéderm - how are you?",
     text="""Hi Kristen,

Just checking in two weeks after your visit. How are you feeling about the
results so far? Any spots that feel uneven are usually still settling, but if
something bothers you we're happy to take a look - touch-ups within 30 days
are no charge.

Talk soon,
Heather

""" + SIG["tidewater"], enc="8bit"),

dict(reason="PDF attachment: hormone lab results",
     frm=("Sage Hormone & Aesthetics", "labs@sagehormone.com"),
     to=("Denise", "denise.prater@att.net"),
     subj="Your lab results from 3/4",
     date="2025-03-06 11:20",
     text="""Hi Denise,

Dr. Kaur reviewed your labs. Your estradiol is right where we want it, and your
testosterone is a little low (14 ng/dL), which could explain the fatigue you
mentioned. She'd like to add a low-dose testosterone cream. The full report is
attached.

Please reply with a good time for a 10-minute call this week.

""" + SIG["sage"],
     attach=[("Lab_Report_2025-03-04.pdf", "application/pdf")]),

dict(reason="insurance member ID + DOB for Mohs pre-authorization",
     frm=("Palomar Dermatology Billing", "billing@palomarderm.com"),
     to=("Richard", "rgoldfarb@cox.net"),
     subj="Pre-authorization for your procedure on 5/14",
     text="""Good afternoon Richard,

We are submitting the pre-authorization for your Mohs surgery on the left temple
(basal cell carcinoma) scheduled for May 14. Please confirm the details we have:

  Member ID: UHC 917403526-01
  Group #: 0716842
  Date of birth: 02/11/1951

If anything has changed since your last visit, reply to this message or call
billing at 619-555-0129.

Thank you,
Monica, Billing Office

""" + SIG["palomar"]),

dict(reason="full payment card number (Luhn-valid Visa) in staff email",
     frm=("Lumen Skin & Laser", "billing@lumenskinlaser.com"),
     to=("Priyanka", "priyanka.s@protonmail.com"),
     subj="Card on file",
     text="""Hi Priyanka,

The card we have on file is 4024 0071 9832 6547, exp 11/26. The bank declined
it for this morning's package payment. Could you call us at 617-555-0142 with
an updated card? We can't take card numbers by email going forward.

Thanks so much,
Olivia

""" + SIG["lumen"]),

dict(reason="Spanish: tummy tuck (abdominoplastia) post-op care, quoted-printable",
     frm=("Brightwater Plastic Surgery", "cuidado@brightwaterps.com"),
     to=("Guadalupe", "lupita.reyes73@hotmail.com"),
     subj="Instrucciones para después de su abdominoplastia",
     text="""Estimada Sra. Reyes:

Gracias por confiar en nosotros. Estas son las instrucciones del Dr. Ames para
las primeras dos semanas después de su abdominoplastia:

- Use la faja de compresión día y noche. Sólo quítesela para bañarse.
- Camine un poco cada dos horas mientras esté despierta para evitar coágulos.
- Vacíe los drenajes dos veces al día y anote la cantidad en la hoja que le dimos.
- Duerma un poco doblada (con almohadas debajo de las rodillas) la primera semana.
- Es normal tener hinchazón y moretones en el abdomen y los costados.

Llámenos de inmediato si tiene fiebre de más de 38.3 °C, dolor en la pantorrilla
o si la herida se abre o supura.

Su próxima cita es el martes a las 11:00 para revisar los drenajes.

Atentamente,
Equipo de Brightwater Plastic Surgery
(305) 555-0188""", enc="qp"),

dict(reason="HTML-only message: Morpheus8 marketing",
     frm=("Juniper Laser Studio", "news@juniperlaser.com"),
     to=("", "subscribers@juniperlaser.com"),
     subj="Tighten up before the holidays",
     html_only=True, henc="qp",
     html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Juniper Laser Studio</title></head>
<body style="margin:0;background:#f3f6f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:28px">
<h2 style="color:#2f5d3a">Morpheus8 season is here</h2>
<p>Radiofrequency microneedling is our most-requested treatment for loose skin on the neck,
jowls and above the knees. Book a series of three before December 15 and we'll include a
complimentary Moxi laser on the same visit.</p>
<p>Downtime is usually 2&ndash;3 days of redness. Numbing cream is applied for 45 minutes first.</p>
<p><a href="https://juniperlaser.com/morpheus8" style="color:#2f5d3a">See pricing &amp; book</a></p>
<p style="color:#888;font-size:11px">Juniper Laser Studio &middot; 1515 Pearl St, Boulder, CO 80302 &middot; 303-555-0177<br>
<a href="https://juniperlaser.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></td></tr></table>
</body></html>"""),

dict(reason="directory patient full name in Subject",
     frm=("Rosewood Skin Clinic", "frontdesk@rosewoodskin.com"),
     to=("", "teresa.l@fastmail.com"),
     subj="Appointment confirmation - Teresa Lindqvist",
     text="""Hello,

This confirms your appointment on Monday, June 2 at 9:00 AM. Please arrive ten
minutes early to update your paperwork.

""" + SIG["rosewood"]),

dict(reason="base64 body with zero-width space inside 'Botox'",
     frm=("Vela Med Spa", "book@velamedspa.com"),
     to=("Tiffany", "tiff.nguyen.h@gmail.com"),
     subj="Your visit Saturday",
     text="""Hey Tiffany!

Confirming Saturday at 11:30 with Marisa for Bo\u200btox - forehead, 11s and a little
lip flip like you asked. Come with clean skin and no makeup on the forehead if you
can, and no Advil or wine the day before.

See you then! \U0001F496

""" + SIG["vela"], enc="b64"),

dict(reason="consult note forwarded to referring physician with MRN and history",
     frm=("Dr. Samir Haddad", "shaddad@northshorefp.com"),
     to=("Dr. Karen Lutz", "klutz@evanstonfamilymed.org"),
     subj="Consult note - your referral from 2/20",
     text="""Karen,

Thanks for sending her over. Brief summary below; the full note is in our
shared EHR.

Patient: MRN NFP-0045129
Reason for referral: nasal obstruction, prior rhinoplasty (2014, outside surgeon)
Findings: deviated caudal septum to the left, internal valve collapse bilaterally,
mild dorsal irregularity.
Plan: revision septorhinoplasty with spreader grafts; CT sinus ordered to rule out
chronic sinusitis first. She would like to proceed in the summer.

Happy to talk anytime.

Samir

Samir Haddad, MD, FACS
""" + SIG["northshore"]),

dict(reason="PHI only inside quoted reply text (Dysport, bruising)",
     frm=("Lumen Skin & Laser", "injectors@lumenskinlaser.com"),
     to=("Whitney", "whitney.carr@gmail.com"),
     subj="Re: little bruise",
     date="2025-03-19 09:03",
     headers={"In-Reply-To": "<CAF9x2kL0q@mail.gmail.com>"},
     text="""Sounds good, see you Thursday then!

Jess

On Tue, Mar 18, 2025 at 8:02 PM Jess <injectors@lumenskinlaser.com> wrote:
> Hi Whitney, that little bruise next to your eyebrow is from the Dysport
> injection on Saturday - it's very common and should fade in about a week.
> Arnica gel and a bit of concealer will help. If you want, come by Thursday
> and I'll take a look.
"""),

dict(reason="consent for before-and-after photos after breast reduction",
     frm=("Brightwater Plastic Surgery", "marketing@brightwaterps.com"),
     to=("Jade", "jade.whitman@gmail.com"),
     subj="May we share your results?",
     text="""Hi Jade,

Dr. Ames mentioned how happy you are with your breast reduction results, and we
would love to include your before-and-after photos (face not shown) in our
website gallery. Participation is completely optional and will never affect your
care.

If you're comfortable with it, just reply "yes" and we'll send the consent form
to sign electronically.

Thank you!
Camila, Marketing Coordinator

""" + SIG["brightwater"], html="auto"),

dict(reason="photo attachment with generic text",
     frm=("Marigold Med Spa", "kayla@marigoldmedspa.com"),
     to=("Bianca", "biancarose@icloud.com"),
     subj="photo from today",
     text="""Here's the one you asked for! \U0001F60A

Kayla
Marigold Med Spa""", enc="8bit",
     attach=[("IMG_4471.jpg", "image/jpeg")]),

dict(reason="weight-loss check-in with A1c and weight (HTML alternative)",
     frm=("Verde Wellness & Weight", "care@verdewellness.com"),
     to=("Linda", "linda.cho.az@gmail.com"),
     subj="Your 12-week progress summary",
     text="""Hi Linda,

Here's your 12-week summary from today's visit:

  Starting weight: 231 lb
  Today: 208 lb (-23 lb, about 10%)
  A1c: 6.1% (down from 6.7%)
  Blood pressure: 124/78

You're on tirzepatide 7.5 mg weekly. Dr. Alvarez would like to stay at this dose
for another month since you're still losing steadily and the constipation has
improved. Keep up the protein - aim for 90 g a day.

Next visit: May 1 at 8:15 AM.

""" + SIG["verde"], html="auto", henc="qp"),

dict(reason="Mohs surgery for basal cell carcinoma",
     frm=("Stonebridge Dermatology", "surgery@stonebridgederm.com"),
     to=("Walter", "walt.jennings@sbcglobal.net"),
     subj="Preparing for your procedure on Friday",
     text="""Dear Mr. Jennings,

Your Mohs surgery for the basal cell carcinoma on your nose is scheduled for
Friday at 7:30 AM. Plan to be with us most of the morning, since each stage
takes about an hour to process.

- Eat a normal breakfast and take your usual medications, including your blood
  pressure pills.
- Continue your aspirin unless your cardiologist has told you otherwise.
- Bring a book and a sweater, and arrange for someone to drive you home; the
  bandage may cover part of your vision.

Dr. Ng will repair the area the same day.

Sincerely,
Surgery Scheduling

""" + SIG["stonebridge"]),

dict(reason="acne treatment plan with doxycycline (quoted-printable)",
     frm=("Rosewood Skin Clinic", "dr.park@rosewoodskin.com"),
     to=("Mateo", "mateo.frias02@gmail.com"),
     subj="Your plan from today",
     text="""Hi Mateo,

Here's the plan we talked about for your acne:

Morning: gentle cleanser, then benzoyl peroxide 5% wash on the chest and back,
then moisturizer with SPF 30.
Evening: cleanser, then adapalene 0.3% gel - a pea-sized amount for the whole face.
Doxycycline 100 mg once a day with a full glass of water and food; don't lie down
for 30 minutes after.

Doxycycline makes you burn easily, so be serious about sunscreen this summer.
We'll recheck in 8 weeks and plan to stop the doxycycline at 12.

Dr. Hana Park

""" + SIG["rosewood"], enc="qp"),

dict(reason="Spanish: PRP for hair loss (PRP capilar)",
     frm=("Sage Hormone & Aesthetics", "citas@sagehormone.com"),
     to=("Rodrigo", "rodrigo.villa@gmail.com"),
     subj="Su sesión de PRP capilar",
     text="""Hola Rodrigo:

Le confirmamos su segunda sesión de PRP capilar para la caída del cabello el
sábado 12 de abril a las 9:30 a.m.

- Lávese el cabello la mañana del tratamiento y no use gel ni spray.
- No tome ibuprofeno ni aspirina 3 días antes.
- Desayune bien; le sacaremos sangre para preparar el plasma.

Cualquier pregunta, estamos para servirle.

""" + SIG["sage"], enc="8bit"),

dict(reason="Cyrillic look-alike 'Bоtox' in Subject and body",
     frm=("Bellhaven Aesthetics", "appointments@bellhavenaesthetics.com"),
     to=("Megan", "megan.a.hart@gmail.com"),
     subj="B\u043etox appointment reminder",
     text="""Hi Megan,

Friendly reminder about your B\u043etox appointment tomorrow at 1:00 PM with Nurse Ava.

""" + SIG["bellhaven"], enc="qp"),

dict(reason="HTML newsletter with spaced 'b o t o x' and 'f i l l e r'",
     frm=("Rosewood Skin Clinic", "news@rosewoodskin.com"),
     to=("", "members@rosewoodskin.com"),
     subj="Member night is back",
     text="""MEMBER NIGHT - Thursday, 5 to 8 PM

b o t o x at $10/unit and $100 off any f i l l e r syringe, members only.
Bubbles, snacks and a raffle for a free HydraFacial.

RSVP by replying to this email.

""" + SIG["rosewood"],
     html="""<html><body style="font-family:Arial,sans-serif">
<h2>MEMBER NIGHT &ndash; Thursday, 5 to 8 PM</h2>
<p><b>b o t o x</b> at $10/unit and $100 off any <b>f i l l e r</b> syringe, members only.</p>
<p>Bubbles, snacks and a raffle for a free HydraFacial.</p>
<p>RSVP by replying to this email.</p>
<p style="font-size:11px;color:#777">Rosewood Skin Clinic, 4410 Roosevelt Way NE, Seattle, WA 98105 &middot; 206-555-0166</p>
</body></html>"""),

dict(reason="directory patient full name in greeting of a billing statement",
     frm=("Halcyon Dermatology Billing", "statements@halcyonderm.com"),
     to=("", "nsokolova@gmail.com"),
     subj="Your statement is ready",
     text="""Dear Natalia Sokolova,

A new statement is available in your patient portal. Amount due: $85.00, due by
July 15. You can pay online, by phone, or at your next visit.

Thank you,
Billing Office

""" + SIG["halcyon"]),

dict(reason="FUE hair transplant post-op",
     frm=("Northshore Facial Plastics", "care@northshorefp.com"),
     to=("Brandon", "brandon.kessler@gmail.com"),
     subj="Washing your scalp after your procedure",
     text="""Hi Brandon,

Starting tomorrow (day 3 after your FUE hair transplant) you can begin the gentle
washes: pour the diluted shampoo over the grafts with a cup, pat - don't rub - and
let it air dry. The little crusts will fall off on their own by day 10.

Keep sleeping at 45 degrees for the rest of the week to help the forehead
swelling drain. Finasteride continues once daily as before.

Dr. Haddad's team

""" + SIG["northshore"]),

dict(reason="tummy tuck week-2 check-in, possible seroma",
     frm=("Cedar Ridge Plastic Surgery", "nursing@cedarridgeps.com"),
     to=("Heather", "heather.bowman@gmail.com"),
     subj="Following up on your call",
     text="""Hi Heather,

Thanks for calling this morning. The sloshing feeling you described above the
incision, two weeks after your tummy tuck, could be a small seroma (a fluid
pocket). They're common after the drains come out and are easy to handle.

Dr. Whitaker would like to see you tomorrow at 8:00 AM so she can check it and
drain it in the office if needed. Keep wearing the binder snugly until then.

Nurse Paula

""" + SIG["cedar"]),

dict(reason="capsular contracture / implant removal consult notes",
     frm=("Aurelia Aesthetic Institute", "dr.vasilakis@aureliainstitute.com"),
     to=("Monique", "monique.ellis@yahoo.com"),
     subj="Summary of our visit",
     text="""Dear Monique,

Thank you for coming in today. To summarize my consult notes:

Your left breast implant (silicone, placed 2013) shows Baker grade III capsular
contracture - it feels firm and sits higher than the right. The right side is
soft. Your MRI from January shows no rupture.

We discussed two options:
  a) capsulectomy with implant exchange on both sides, or
  b) removal of both implants (explant) with a breast lift.

You were leaning toward the explant. Take your time; my coordinator will send
pricing for both.

Warmly,
Irene Vasilakis, MD

""" + SIG["aurelia"], html="auto", henc="b64"),

dict(reason="eczema: Dupixent injection teaching",
     frm=("Palomar Dermatology Associates", "nurse@palomarderm.com"),
     to=("Kevin", "kevin.a.romero@gmail.com"),
     subj="Injection training Thursday",
     text="""Hi Kevin,

Your Dupixent was delivered to our office, so Thursday at 4:00 we'll do the first
two injections together (the loading dose) and I'll teach you how to do them at
home every other week.

Keep using the triamcinolone ointment on the patches behind your knees until the
eczema settles, then only as needed.

Nurse Dolores

""" + SIG["palomar"]),

dict(reason="vitiligo cream (ruxolitinib)",
     frm=("Stonebridge Dermatology", "rx@stonebridgederm.com"),
     to=("Aisha", "aisha.bello@gmail.com"),
     subj="Your new cream was approved",
     text="""Hi Aisha,

Good news: your insurance approved the Opzelura (ruxolitinib) cream for the
vitiligo on your hands and around your eyes. The pharmacy will mail it this week.

Use a thin layer twice a day. It can take 3 to 6 months to see repigmentation,
so we'll take photos at each visit to compare.

""" + SIG["stonebridge"]),

dict(reason="axillary hyperhidrosis Botox prior auth with member ID",
     frm=("Halcyon Dermatology", "priorauth@halcyonderm.com"),
     to=("Tyler", "tyler.morrison@gmail.com"),
     subj="Update on your insurance approval",
     text="""Hi Tyler,

Aetna approved Botox for your underarm sweating (hyperhidrosis), 100 units per
side, every 3 months, for one year. Approval reference: PA-25-3381902.
Member ID on the approval: W284719563.

Please call us to schedule the first treatment. Bring the starch-iodine test
sheet if you still have it.

""" + SIG["halcyon"]),

dict(reason="laser tattoo removal (PicoSure)",
     frm=("Juniper Laser Studio", "hello@juniperlaser.com"),
     to=("Dylan", "dylan.mcbride@gmail.com"),
     subj="Session 3 aftercare",
     text="""Hey Dylan,

Nice work sitting through session 3 of your PicoSure tattoo removal today - the
black is fading fast. Blisters over the tattoo are normal for a few days; don't
pop them. Aquaphor and a non-stick bandage twice a day, no swimming or hot tubs
for a week.

Next session in 8 weeks.

""" + SIG["juniper"]),

dict(reason="sclerotherapy for spider veins",
     frm=("Tidewater Aesthetics", "team@tidewateraesthetics.com"),
     to=("Patricia", "pat.greenleaf@verizon.net"),
     subj="Compression stockings after your treatment",
     text="""Hi Patricia,

After your sclerotherapy for the spider veins on your legs tomorrow, you'll need
to wear compression stockings (20-30 mmHg) for 7 days, day and night for the
first 48 hours. We sell them at the front desk if you don't have a pair.

Please don't shave your legs or apply lotion the morning of.

""" + SIG["tidewater"]),

dict(reason="HTML receipt listing treatments purchased (Morpheus8, RHA 4)",
     frm=("Vela Med Spa", "receipts@velamedspa.com"),
     to=("Leah", "leah.oconnor@gmail.com"),
     subj="Your receipt from Vela Med Spa",
     date="2025-02-27 15:41",
     text="""Receipt #V-20931
Date: 02/27/2025

Morpheus8 - face & neck, package of 3      $2,400.00
RHA 4 - 1 syringe                          $  750.00
Member discount (10%)                      -$ 315.00
Total                                      $2,835.00
Paid: Visa ending 1129

Thank you for visiting Vela Med Spa!
""" + SIG["vela"],
     html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h3>Receipt #V-20931</h3><p>Date: 02/27/2025</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Morpheus8 &ndash; face &amp; neck, package of 3</td><td align="right">$2,400.00</td></tr>
<tr><td>RHA 4 &ndash; 1 syringe</td><td align="right">$750.00</td></tr>
<tr><td>Member discount (10%)</td><td align="right">-$315.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$2,835.00</b></td></tr>
</table>
<p>Paid: Visa ending 1129</p>
<p>Thank you for visiting Vela Med Spa!<br>2600 Westheimer Rd, Houston, TX 77098 &middot; 713-555-0182</p>
</body></html>"""),

dict(reason="attachment rule: invoice PDF (benign text)",
     frm=("Solace Body Contouring", "accounts@solacebody.com"),
     to=("Janelle", "janelle.pitts@gmail.com"),
     subj="Invoice attached",
     text="""Hi Janelle,

Please find your invoice attached. Let us know if you have any questions.

Thanks,
Accounts

""" + SIG["solace"],
     attach=[("Invoice_SBC-1184.pdf", "application/pdf")]),

dict(reason="missed Sculptra appointment fee (soft hyphen via &shy; in HTML)",
     frm=("Oak & Ivory Med Spa", "frontdesk@oakandivory.com"),
     to=("Vanessa", "vanessa.j.cole@gmail.com"),
     subj="We missed you today",
     text="""Hi Vanessa,

We missed you at your 2:00 Sculptra appointment today. Per our policy, a $75 fee
applies to missed treatment visits without 24 hours' notice; we've waived it this
time since it's your first.

Reply here or call to rebook - Sculptra works best when the sessions stay about
6 weeks apart.

""" + SIG["oakivory"],
     html="""<html><body>
<p>Hi Vanessa,</p>
<p>We missed you at your 2:00 Sculp&shy;tra appointment today. Per our policy, a $75 fee applies to missed
treatment visits without 24 hours' notice; we've waived it this time since it's your first.</p>
<p>Reply here or call to rebook &ndash; Sculp&shy;tra works best when the sessions stay about 6 weeks apart.</p>
<p>Oak &amp; Ivory Med Spa<br>18 Hudson St, Hoboken, NJ 07030<br>201-555-0158</p>
</body></html>"""),

dict(reason="chit-chat: thank-you note referencing new nose",
     frm=("Northshore Facial Plastics", "jenna@northshorefp.com"),
     to=("Camille", "cam.ortega@gmail.com"),
     subj="thank you!!",
     text="""Camille!

The flowers are gorgeous and they're sitting right on the front desk. You really
didn't have to. Everyone here is so happy you love your new nose - Dr. Haddad
showed the whole team your 6-week pictures and said the swelling is going down
faster than usual.

See you at the 3-month,
Jenna""", enc="8bit"),

dict(reason="marketing newsletter: Emsculpt NEO, CoolSculpting, Kybella (base64 HTML)",
     frm=("Solace Body Contouring", "news@solacebody.com"),
     to=("", "list@solacebody.com"),
     subj="New year, new you? Our January specials",
     text="""JANUARY SPECIALS

- Emsculpt NEO: buy 4 sessions, get 2 free
- CoolSculpting Elite: $200 off every cycle for the abdomen and flanks
- Kybella: second vial half off

Complimentary body consults all month with our new provider, Alana Fox, PA-C.

""" + SIG["solace"],
     html="""<html><body style="font-family:'Trebuchet MS',sans-serif;background:#fafafa">
<div style="max-width:580px;margin:auto;background:#fff;padding:24px">
<h1 style="font-weight:300">JANUARY SPECIALS</h1>
<ul>
<li><b>Emsculpt NEO</b>: buy 4 sessions, get 2 free</li>
<li><b>CoolSculpting Elite</b>: $200 off every cycle for the abdomen and flanks</li>
<li><b>Kybella</b>: second vial half off</li>
</ul>
<p>Complimentary body consults all month with our new provider, Alana Fox, PA-C.</p>
<p style="font-size:11px">Solace Body Contouring &middot; 700 N Tryon St, Suite 5, Charlotte, NC 28202 &middot; 704-555-0139</p>
</div></body></html>""", henc="b64"),

dict(reason="directions email that names the procedure (blepharoplasty)",
     frm=("Cedar Ridge Plastic Surgery", "frontdesk@cedarridgeps.com"),
     to=("Gloria", "gloria.fenner@gmail.com"),
     subj="Directions for Monday",
     text="""Hi Gloria,

For Monday: we're in the Arboretum Medical Plaza, building B. Park in the
surface lot and take the elevator to the 3rd floor, Suite 300.

Since you're having your upper blepharoplasty under sedation, you'll need an
adult to drive you home and stay with you the first night - we can't release
you to a rideshare. Please wear a button-front top.

""" + SIG["cedar"]),

dict(reason="facelift pre-op instructions",
     frm=("Aurelia Aesthetic Institute", "surgery@aureliainstitute.com"),
     to=("Diane", "diane.kaplan@me.com"),
     subj="Two weeks to go",
     text="""Dear Diane,

With your deep plane facelift and neck lift two weeks away, a few reminders:

- Stop aspirin, ibuprofen, fish oil, vitamin E and turmeric today.
- No nicotine of any kind, including patches and vapes.
- Start the arnica tablets 3 days before surgery.
- Your pre-op labs and EKG are booked for Thursday at 7:45 AM (fasting).
- Pick up your prescriptions (Keflex, Zofran, and your pain medication) this week.

Wash your hair the night before and come without makeup or jewelry.

""" + SIG["aurelia"], html="auto"),

dict(reason="attachment rule: aftercare sheet as .txt attachment",
     frm=("Marigold Med Spa", "hello@marigoldmedspa.com"),
     to=("Paola", "paola.medina@gmail.com"),
     subj="The sheet I mentioned",
     text="""Hi Paola, here's the sheet I mentioned today. - Ximena""",
     attach=[("aftercare.txt", "text/plain")]),

dict(reason="finasteride prescription for hair loss",
     frm=("Stonebridge Dermatology", "rx@stonebridgederm.com"),
     to=("Jason", "jason.lim.sf@gmail.com"),
     subj="Prescription sent",
     text="""Hi Jason,

Dr. Ng sent finasteride 1 mg (90 tablets, 3 refills) to the CVS on Castro St for
your hair thinning. We'll take scalp photos again at your 6-month visit.

""" + SIG["stonebridge"]),

dict(reason="leetspeak in Subject and body (F1ll3r)",
     frm=("Tidewater Aesthetics", "promo@tidewateraesthetics.com"),
     to=("", "vip@tidewateraesthetics.com"),
     subj="F1ll3r Friday is back \U0001F48B",
     text="""F1ll3r Friday is back!

$100 off your first syringe, $150 off your second. Lips, cheeks, under-eyes.
Fridays in October only. Reply to book.

""" + SIG["tidewater"], enc="8bit"),

dict(reason="VI Peel aftercare ('peel' in clinical context)",
     frm=("Lumen Skin & Laser", "aesthetics@lumenskinlaser.com"),
     to=("Erin", "erin.walsh@gmail.com"),
     subj="What to expect tonight",
     text="""Hi Erin,

Leave the peel solution on until 9 tonight, then wash with plain water and apply
the first post-peel towelette. Your skin will start peeling on day 3 and should be
done by day 7. No picking, no retinol, no exfoliants, and SPF 50 every day.

If you feel itching, take a Benadryl at night.

""" + SIG["lumen"]),

dict(reason="IPL for sun spots",
     frm=("Juniper Laser Studio", "hello@juniperlaser.com"),
     to=("Anne", "anne.ruiz.co@gmail.com"),
     subj="Your IPL on Tuesday",
     text="""Hi Anne,

Looking forward to your IPL photofacial on Tuesday for the sun spots and redness
on your cheeks and chest. The spots will darken and look like coffee grounds for
about a week before flaking off - that's the treatment working.

Please come with no self-tanner for 2 weeks beforehand.

""" + SIG["juniper"]),

dict(reason="Fraxel downtime",
     frm=("Halcyon Dermatology", "cosmetic@halcyonderm.com"),
     to=("Naomi", "naomi.f@gmail.com"),
     subj="Fraxel prep",
     text="""Naomi,

Since you have the Fraxel Dual on the 14th, plan for 3-5 days of pink, sandpapery
skin and some swelling, worst the second morning. Start the valacyclovir the day
before. Stop tretinoin one week before.

""" + SIG["halcyon"]),

dict(reason="TRT: hematocrit lab result",
     frm=("Sage Hormone & Aesthetics", "dr.kaur@sagehormone.com"),
     to=("Greg", "greg.w.holt@gmail.com"),
     subj="About your bloodwork",
     text="""Greg,

Your hematocrit came back at 53.8%, which is higher than I like to see on TRT.
Let's drop the testosterone cypionate from 160 mg to 120 mg weekly, and I'd
like you to donate blood this month. We'll recheck labs in 6 weeks.

Dr. Maya Kaur

""" + SIG["sage"]),

dict(reason="BHRT menopause consult with symptoms",
     frm=("Sage Hormone & Aesthetics", "care@sagehormone.com"),
     to=("Lisa", "lisa.ferrante@gmail.com"),
     subj="Before your hormone visit",
     text="""Hi Lisa,

Before your menopause consult with Dr. Kaur next week, please fill in the symptom
tracker in the portal (hot flashes, night sweats, sleep, mood, libido) for 7 days,
and complete the blood draw at least 3 days prior so the results are back.

""" + SIG["sage"], html="auto"),

dict(reason="liquid rhinoplasty (filler in nose)",
     frm=("Aurelia Aesthetic Institute", "injectors@aureliainstitute.com"),
     to=("Sienna", "sienna.hart@gmail.com"),
     subj="Re: non-surgical nose",
     text="""Hi Sienna,

Yes, you're a great candidate for a liquid rhinoplasty - we'd use a small amount
of firmer filler to smooth the bump on your bridge. It lasts about 12-18 months
and can be dissolved if you don't like it. It's $850.

We have an opening on March 28 at 1 PM if you'd like it.

""" + SIG["aurelia"]),

dict(reason="lip flip + gummy smile (neurotoxin), uppercase DYSPORT",
     frm=("Oak & Ivory Med Spa", "injectors@oakandivory.com"),
     to=("Chloe", "chloe.barnes@gmail.com"),
     subj="DYSPORT FOR YOUR SMILE",
     text="""Hi Chloe,

Following up on your question: a few units of DYSPORT along the upper lip (a lip
flip) plus two small spots near the nose can help with a gummy smile. Results
show up in about a week and last 2-3 months in this area.

""" + SIG["oakivory"]),

dict(reason="marketing: uppercase JUVÉDERM via &Eacute; entity (HTML only)",
     frm=("Bellhaven Aesthetics", "news@bellhavenaesthetics.com"),
     to=("", "list@bellhavenaesthetics.com"),
     subj="Lip Week",
     html_only=True,
     html="""<html><body style="font-family:Verdana,sans-serif">
<h2>Lip Week at Bellhaven</h2>
<p>JUV&Eacute;DERM VOLBELLA XC &ndash; $100 off a full syringe, this week only.</p>
<p>Reply to book with Ava or Morgan.</p>
<p>Bellhaven Aesthetics &middot; 2210 S Lamar Blvd, Suite 140, Austin, TX 78704</p>
</body></html>"""),

dict(reason="virtual consult link ('consult' in appointment context)",
     frm=("Brightwater Plastic Surgery", "virtual@brightwaterps.com"),
     to=("Kiara", "kiara.j.brooks@gmail.com"),
     subj="Your virtual consult on Tuesday",
     text="""Hi Kiara,

Your virtual consult with Dr. Ames is Tuesday at 6:15 PM Eastern. Join here:
https://meet.brightwaterps.com/room/ames-0325

Please upload photos of the area you'd like to discuss before the call (front,
both sides), using the secure link in your portal - don't email them.

""" + SIG["brightwater"]),

dict(reason="filler dissolving (hyaluronidase)",
     frm=("Tidewater Aesthetics", "team@tidewateraesthetics.com"),
     to=("Brooke", "brooke.adair@gmail.com"),
     subj="Dissolving appointment",
     text="""Hi Brooke,

You're booked for Friday at 10 to dissolve the under-eye filler from your
previous provider. We'll use hyaluronidase; you'll see most of the change within
48 hours. We usually wait 2 weeks before re-treating, if you still want to.

Please let us know if you have a bee-sting allergy.

""" + SIG["tidewater"]),

dict(reason="breast implant serial numbers / warranty registration",
     frm=("Cedar Ridge Plastic Surgery", "records@cedarridgeps.com"),
     to=("Amber", "amber.lynch@gmail.com"),
     subj="Your device card",
     text="""Hi Amber,

Your implant device card is ready for pickup, and we registered the warranty
with the manufacturer. For your records:

  Left: Natrelle Inspira SRF 355cc, serial 24117093
  Right: Natrelle Inspira SRF 355cc, serial 24117145

Keep the card with your important papers; you'll want it for future MRIs.

""" + SIG["cedar"]),

dict(reason="DOB + member ID in registration confirmation",
     frm=("Palomar Dermatology Associates", "frontdesk@palomarderm.com"),
     to=("Ana", "ana.lucero.sd@gmail.com"),
     subj="Please confirm your registration",
     text="""Hello Ana,

Please check the information we entered from your new patient form:

  Name: Ana L.
  Date of birth: 1990-02-14
  Insurance: Cigna PPO, member ID U48293751 02

Reply "correct" or send us the fix.

""" + SIG["palomar"]),

dict(reason="SSN for CareCredit financing application",
     frm=("Aurelia Aesthetic Institute", "financing@aureliainstitute.com"),
     to=("Tasha", "tasha.green@gmail.com"),
     subj="Financing application",
     text="""Hi Tasha,

I'm filling in your CareCredit application for the procedure deposit. I have your
social security number as 612-40-3398 - can you double check? The system
rejected it once.

Thanks,
Marisol

""" + SIG["aurelia"]),

dict(reason="card number (Discover, Luhn-valid) in quoted-printable body",
     frm=("Juniper Laser Studio", "frontdesk@juniperlaser.com"),
     to=("Owen", "owen.b.price@gmail.com"),
     subj="Authorization form",
     text="""Hi Owen,

Per your phone call I've filled in the recurring-payment form for your laser
hair removal package with Discover 6011 2675 4390 0186, exp 04/28. Please sign
it at your next visit so we can keep it on file.

— Juniper front desk""", enc="qp"),

dict(reason="card number (Mastercard 2-series, Luhn-valid) in HTML table",
     frm=("Rosewood Skin Clinic", "billing@rosewoodskin.com"),
     to=("Peter", "peter.vandyke@gmail.com"),
     subj="Payment details",
     text="""Hi Peter,

For your records, we charged the following card for today's deposit:

Card: 2223 0071 8846 3014
Amount: $500.00

""" + SIG["rosewood"],
     html="""<html><body>
<p>Hi Peter,</p><p>For your records, we charged the following card for today's deposit:</p>
<table border="1" cellpadding="4"><tr><th>Card</th><th>Amount</th></tr>
<tr><td>2223&nbsp;0071&nbsp;8846&nbsp;3014</td><td>$500.00</td></tr></table>
<p>Rosewood Skin Clinic<br>4410 Roosevelt Way NE, Seattle, WA 98105<br>206-555-0166</p>
</body></html>"""),

dict(reason="records request with patient ID and chart contents",
     frm=("Northshore Facial Plastics", "records@northshorefp.com"),
     to=("Medical Records", "records@lakeviewsurgerycenter.com"),
     subj="Records request",
     text="""Hello,

Please send the operative report and anesthesia record for our patient
(Patient ID: NFP-2207-118), date of service 01/09/2025 (closed rhinoplasty).
A signed authorization is on file with our office.

Thank you,
Records Dept.

""" + SIG["northshore"]),

dict(reason="inline image (multipart/related) of treatment area",
     frm=("Lumen Skin & Laser", "laser@lumenskinlaser.com"),
     to=("Maya", "maya.s.goldberg@gmail.com"),
     subj="Your progress so far",
     text="""Hi Maya,

Here's a side-by-side of your cheek after session 2 - the redness is noticeably
calmer. Session 3 is on the 21st.

""" + SIG["lumen"],
     html="""<html><body>
<p>Hi Maya,</p>
<p>Here's a side-by-side of your cheek after session 2 &ndash; the redness is noticeably calmer. Session 3 is on the 21st.</p>
<p><img src="cid:progress01@lumen" width="480" alt="progress"></p>
<p>Lumen Skin &amp; Laser &middot; 77 Newbury St, 4th Floor, Boston, MA 02116</p>
</body></html>""", inline_img="progress_s2.jpg"),

dict(reason="directory patient full name in Subject of a reply",
     frm=("Stonebridge Dermatology", "records@stonebridgederm.com"),
     to=("Front Desk", "frontdesk@baysideinternal.com"),
     subj="Re: Camille Desrosiers - records request",
     text="""Hi there,

We received the request and will fax the records this afternoon.

Thanks,
Records

""" + SIG["stonebridge"]),

dict(reason="directory name written 'Mei Ling Chow' (hyphen dropped)",
     frm=("Bellhaven Aesthetics", "appointments@bellhavenaesthetics.com"),
     to=("", "mlchow@gmail.com"),
     subj="See you soon",
     text="""Dear Mei Ling Chow,

Thank you for booking with us. Your appointment is Friday at 12:00 PM.

""" + SIG["bellhaven"]),

dict(reason="Spanish marketing: depilación láser",
     frm=("Marigold Med Spa", "hola@marigoldmedspa.com"),
     to=("", "clientes@marigoldmedspa.com"),
     subj="Depilación láser: 30% de descuento",
     text="""¡Llegó el verano!

Todo junio: 30% de descuento en paquetes de depilación láser (axilas, bikini,
piernas completas). Seis sesiones por zona.

Llámenos o escríbanos por WhatsApp al 210-555-0163 para apartar su cita.

""" + SIG["marigold"], enc="qp", html="auto", henc="qp"),

dict(reason="'liquid lift' marketing (ambiguous 'lift' in treatment context)",
     frm=("Vela Med Spa", "news@velamedspa.com"),
     to=("", "list@velamedspa.com"),
     subj="The liquid lift, explained",
     text="""What's a liquid lift?

It's our combination of cheek and temple filler with a little neurotoxin to
lift the brow, done in a single visit. No incisions, no downtime beyond some
possible bruising. Results last about a year.

Complimentary assessment with any injector this month.

""" + SIG["vela"], html="auto"),

dict(reason="'drip' in clinical context (vitamin IV drip) + pre-care",
     frm=("Sage Hormone & Aesthetics", "ivlounge@sagehormone.com"),
     to=("Hector", "hector.aguirre@gmail.com"),
     subj="Before your drip tomorrow",
     text="""Hi Hector,

For your Myers' drip tomorrow at 7:30 AM: drink 2-3 glasses of water tonight and
eat something before you come. The infusion takes about 45 minutes. If you've had
any kidney issues since your last visit, please tell the nurse before we start.

""" + SIG["sage"]),

dict(reason="hand rejuvenation with Radiesse + bruising after treatment",
     frm=("Aurelia Aesthetic Institute", "injectors@aureliainstitute.com"),
     to=("Helen", "helen.m.stroud@gmail.com"),
     subj="Your hands",
     text="""Hi Helen,

Just checking in after yesterday's Radiesse in the backs of your hands. Swelling
and some bruising around the knuckles for 3-4 days is expected. Keep massaging
for 5 minutes twice a day this week and avoid heavy gardening until Sunday.

""" + SIG["aurelia"], enc="qp"),

dict(reason="directory patient full name (Olivia Brennan) in greeting + product",
     frm=("Tidewater Aesthetics", "team@tidewateraesthetics.com"),
     to=("", "olivia.brennan@gmail.com"),
     subj="Welcome to the membership",
     text="""Hi Olivia Brennan,

Welcome to the Tidewater membership! Your monthly credit is live and can be used
toward any service, including your tox and facials. Your renewal date is the 3rd
of each month.

""" + SIG["tidewater"]),

dict(reason="DOB (born cue) + MRN in staff hand-off email",
     frm=("Halcyon Dermatology", "nursing@halcyonderm.com"),
     to=("Dr. Amara Adeyemi", "aadeyemi@halcyonderm.com"),
     subj="Patient coming in at 3",
     text="""Dr. Adeyemi,

Heads up for your 3:00: MRN HD-773015, born 09/30/1967. She's coming in for the
mole on her right shoulder that changed shape; she's worried because her sister
had melanoma. I've put the dermatoscope in room 4.

Lorena""", enc="7bit"),

dict(reason="lab results (CMP / liver) for isotretinoin monitoring",
     frm=("Palomar Dermatology Associates", "nurse@palomarderm.com"),
     to=("Isabella", "isabella.trent@gmail.com"),
     subj="Your monthly bloodwork",
     text="""Hi Isabella,

Your triglycerides and liver tests from this month are normal, so Dr. Ortega will
continue your isotretinoin at 40 mg twice daily. Please remember to do your
iPLEDGE pregnancy test and answer the questions before the 9th.

""" + SIG["palomar"], html="auto", henc="qp"),

dict(reason="Portuguese: Botox appointment confirmation email",
     frm=("Vela Med Spa", "book@velamedspa.com"),
     to=("Luana", "luana.costa.br@gmail.com"),
     subj="Confirmação do seu horário",
     text="""Olá Luana,

Seu horário para aplicação de toxina botulínica (Botox) está confirmado para
sábado, 14 de junho, às 10h30. Por favor, evite bebida alcoólica e anti-
inflamatórios no dia anterior.

Até lá!
Equipe Vela Med Spa
713-555-0182""", enc="qp"),

dict(reason="PNG screenshot attachment (attachment rule)",
     frm=("Verde Wellness & Weight", "support@verdewellness.com"),
     to=("Terrence", "terrence.dixon@gmail.com"),
     subj="How to find the app setting",
     text="""Hi Terrence,

I've attached a screenshot showing where the reminders switch is in the app.

""" + SIG["verde"],
     attach=[("screenshot.png", "image/png")]),

dict(reason="rosacea treatment plan (QP, HTML alternative)",
     frm=("Stonebridge Dermatology", "dr.ng@stonebridgederm.com"),
     to=("Claire", "claire.obrien@gmail.com"),
     subj="Plan for your skin",
     text="""Hi Claire,

As we discussed, your rosacea is the papulopustular type, with a lot of
flushing. Our treatment plan:

  1. Ivermectin cream (Soolantra) once nightly.
  2. Oral doxycycline 40 mg daily for 12 weeks.
  3. After that, two sessions of vascular laser for the background redness.

Avoid your triggers - red wine, hot yoga, and spicy food were the big ones for you.

Dr. Ng

""" + SIG["stonebridge"], html="auto", enc="qp", henc="qp"),

dict(reason="breast lift post-op + 'lift' in clinical context",
     frm=("Brightwater Plastic Surgery", "nursing@brightwaterps.com"),
     to=("Rochelle", "rochelle.watts@gmail.com"),
     subj="One week check",
     text="""Hi Rochelle,

You're one week out from your lift, and Dr. Ames was pleased with the incisions
at today's visit. The small scab at the bottom of the anchor on the left is fine;
keep a dab of Vaseline on it. You can switch to the sports bra on Friday.

""" + SIG["brightwater"]),

dict(reason="Xeomin + crow's feet, zero-width joiner in Subject",
     frm=("Juniper Laser Studio", "injector@juniperlaser.com"),
     to=("Wendy", "wendy.kerr@gmail.com"),
     subj="Xeo\u200dmin follow-up",
     text="""Hi Wendy,

It's been two weeks since your Xeomin for the crow's feet. If you still see
movement when you smile, come in this week for a free touch-up.

""" + SIG["juniper"]),

dict(reason="non-surgical: weight loss program with Wegovy, HTML alternative base64",
     frm=("Verde Wellness & Weight", "care@verdewellness.com"),
     to=("Shannon", "shannon.mayes@gmail.com"),
     subj="Switching to the pen",
     text="""Hi Shannon,

Your insurance now covers Wegovy, so we'll switch you from the compounded
vials to the 1.7 mg pen starting next week. No need to restart at a low dose.
Your pharmacy is CVS on Indian School Rd.

""" + SIG["verde"], html="auto", enc="b64", henc="b64"),

dict(reason="pathology: dysplastic nevus re-excision",
     frm=("Halcyon Dermatology", "results@halcyonderm.com"),
     to=("Bryce", "bryce.holland@gmail.com"),
     subj="Your biopsy result",
     text="""Hi Bryce,

The biopsy from your upper back showed a moderately dysplastic nevus. Dr.
Adeyemi recommends a small re-excision to make sure it's completely removed;
it's a 20-minute procedure in the office with a few stitches.

Please call to schedule in the next month.

""" + SIG["halcyon"]),

dict(reason="PDF attachment: pre-op packet",
     frm=("Cedar Ridge Plastic Surgery", "surgery@cedarridgeps.com"),
     to=("Kelsey", "kelsey.n.ford@gmail.com"),
     subj="Your surgery packet",
     text="""Hi Kelsey,

Attached is your surgery packet: medication list to stop, what to buy before
surgery day, and your consent forms. Please read through it this week and bring
the signed consents to your pre-op visit.

""" + SIG["cedar"],
     attach=[("Surgery_Packet.pdf", "application/pdf"), ("Consent_Forms.pdf", "application/pdf")]),

dict(reason="directory patient name (Andrea Szabo) in marketing-style thank-you",
     frm=("Oak & Ivory Med Spa", "hello@oakandivory.com"),
     to=("", "andrea.szabo@gmail.com"),
     subj="Thank you for your referral!",
     text="""Dear Andrea Szabo,

Thank you for referring your friend to us! A $50 credit has been added to your
account and will apply automatically at your next visit.

""" + SIG["oakivory"]),
]
