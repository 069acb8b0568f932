# Hand-written emails that contain PHI.  E(label, from, to, subject, date, body, **mime)
# mime options: enc (7bit/8bit/quoted-printable/base64/raw-qp), html, html_enc,
# html_only, preheader, atts, inline, subj_enc ("B"/"Q"), extra headers, crlf.
from common import E, addr, when
from practices import *  # noqa: F401,F403

CYR_O = "\u043e"
ZWSP = "\u200b"

EMAIL_PHI = [
    # ================================================================ reminders
    E("email: Botox reminder, plain text",
      LUM, addr("Jen Morrow", "jen.morrow88@gmail.com"),
      "Reminder: your appointment tomorrow at 2:30 PM",
      when("2024-05-15 16:02"),
      """Hi Jen,

This is a friendly reminder of your Botox appointment tomorrow, Thursday May 16, at 2:30 PM with Tara.

A few things before you come in:
- Please arrive 10 minutes early so we can update your paperwork.
- Come with a clean face if you can (no heavy makeup on the forehead).
- If you need to reschedule, give us at least 24 hours' notice.

See you tomorrow!

""" + LUM_SIG, enc="8bit"),

    E("email: HydraFacial booking confirmation, HTML table, QP",
      GLOW, addr("Ashley Burns", "ashburns@yahoo.com"),
      "You're booked! Appointment confirmation #GMS-41877",
      when("2024-10-03 11:47", "-0400"),
      """Hi Ashley,

You're booked! Here are your details:

Service:   HydraFacial Signature (60 min)
Provider:  Maddie L., Licensed Esthetician
Date:      Saturday, October 12, 2024
Time:      11:00 AM
Location:  77 Market St, Suite 5, Portsmouth, NH

Need to change something? Reply to this email or call (603) 555-0129.

""" + GLOW_SIG,
      html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Appointment confirmation</title></head>
<body style="margin:0;padding:0;background:#f7f2ee;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f7f2ee;">
<tr><td align="center" style="padding:24px;">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Georgia,serif;color:#3b2f2f;">
<tr><td style="padding:28px 32px 8px;font-size:22px;">You&rsquo;re booked, Ashley!</td></tr>
<tr><td style="padding:0 32px 16px;font-size:15px;">Here are your appointment details. Confirmation #GMS-41877.</td></tr>
<tr><td style="padding:0 32px;">
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:15px;border-top:1px solid #eadfd6;">
<tr><td style="color:#8a7b72;width:110px;">Service</td><td>HydraFacial Signature (60 min)</td></tr>
<tr><td style="color:#8a7b72;">Provider</td><td>Maddie L., Licensed Esthetician</td></tr>
<tr><td style="color:#8a7b72;">Date</td><td>Saturday, October 12, 2024</td></tr>
<tr><td style="color:#8a7b72;">Time</td><td>11:00 AM</td></tr>
<tr><td style="color:#8a7b72;">Location</td><td>77 Market St, Suite 5, Portsmouth, NH</td></tr>
</table></td></tr>
<tr><td style="padding:20px 32px 28px;font-size:14px;color:#8a7b72;">Need to change something? Reply to this email or call (603) 555-0129.</td></tr>
</table></td></tr></table>
</body></html>
""", enc="quoted-printable"),

    E("email: Juvéderm reminder, B-encoded subject with diacritics",
      LUM, addr("Carla Jimenez", "carlajimenez@icloud.com"),
      "Your Juvéderm touch-up is tomorrow ✨",
      when("2024-07-08 15:30"),
      """Hi Carla,

Just a reminder that your Juvéderm touch-up with Dr. Ames is tomorrow, Tuesday July 9 at 1:00 PM.

Please skip fish oil, ibuprofen and alcohol today if you can, it helps with bruising. Numbing cream goes on when you arrive so plan for about 45 minutes total.

""" + LUM_SIG, subj_enc="B", enc="8bit"),

    E("email: Korean, Botox/filler appointment confirmation",
      HAN, addr("김지은", "jieun.kim.la@gmail.com"),
      "보톡스 및 필러 예약 확인 안내",
      when("2024-09-19 10:05"),
      """김지은 고객님, 안녕하세요.

9월 24일(화) 오후 3시 보톡스(이마, 미간) 및 입술 필러 예약이 확정되었습니다.

시술 전 주의사항:
- 시술 3일 전부터 아스피린, 오메가3 복용을 중단해 주세요.
- 당일에는 화장을 가볍게 하고 오시면 됩니다.

변경이 필요하시면 (213) 555-0125로 연락 주세요.
감사합니다.

""" + HAN_SIG, enc="base64"),

    E("email: Spanish, semaglutide weight-loss program visit",
      MAG, addr("Rosa Medina", "rosamedina305@gmail.com"),
      "Su próxima cita del programa de pérdida de peso",
      when("2024-03-11 09:20", "-0400"),
      """Hola Rosa,

Le recordamos su cita de seguimiento del programa de pérdida de peso con semaglutida el miércoles 13 de marzo a las 10:30 am.

Por favor traiga su registro de comidas y venga en ayunas si es posible, ya que tomaremos su peso y una muestra de sangre. Si ha tenido náuseas o estreñimiento con la dosis de 0.5 mg, avísenos antes de la cita.

Saludos cordiales,

""" + MAG_SIG, enc="quoted-printable", subj_enc="Q"),

    E("email: Spanish, tummy tuck post-op instructions, QP",
      MAG, addr("Yesenia Pardo", "yessipardo@hotmail.com"),
      "Instrucciones después de su abdominoplastia",
      when("2024-06-20 18:40", "-0400"),
      """Hola Yesenia,

Esperamos que se sienta bien después de su abdominoplastia de ayer. Le recordamos:

1. Use la faja de compresión las 24 horas, solo quítesela para bañarse a partir del día 3.
2. Vacíe los drenajes dos veces al día y anote la cantidad en la hoja que le dimos.
3. Camine un poco cada 2 horas, pero sin cargar nada de más de 5 kg.
4. Tome el antibiótico completo aunque se sienta bien.

Si tiene fiebre de más de 38.3 °C, enrojecimiento alrededor de la incisión o dolor que no mejora con el medicamento, llámenos de inmediato al (305) 555-0182.

Su cita de revisión es el martes 25 a las 9:00 am con el Dr. Salazar.

""" + MAG_SIG, enc="quoted-printable", subj_enc="B"),

    E("email: French, blepharoplasty recovery, Q-encoded subject",
      addr("Clinique Esthétique Beaumont", "contact@clinique-beaumont.fr"),
      addr("Camille Beaumont", "camille.beaumont@orange.fr"),
      "Suivi après votre blépharoplastie",
      when("2024-11-05 17:15", "+0100"),
      """Bonjour Madame Beaumont,

Nous espérons que votre récupération se passe bien. Quelques rappels pour les prochains jours suivant votre blépharoplastie :

- Appliquez des compresses froides 10 minutes toutes les heures pendant 48 h.
- Dormez la tête surélevée sur deux oreillers.
- Appliquez la pommade ophtalmique sur les cicatrices matin et soir.
- Pas de maquillage des yeux ni de lentilles avant le retrait des fils.

Le retrait des fils est prévu le mardi 12 novembre à 11 h.

Cordialement,
Le secrétariat
Clinique Esthétique Beaumont, 14 rue de la Paix, 75002 Paris
01 55 55 01 22""", subj_enc="Q", enc="quoted-printable"),

    # ================================================================ post-op / care instructions
    E("email: rhinoplasty post-op instructions + PDF attachment",
      STER, addr("Danielle O.", "dokafor.mail@gmail.com"),
      "Your post-op instructions",
      when("2024-09-10 19:22", "-0400"),
      """Hi Danielle,

We hope you're resting comfortably tonight. Attached are your written post-operative instructions from Dr. Reyes. The short version:

- Keep your head elevated (two pillows or a recliner) for the first week.
- Don't blow your nose. Sneeze with your mouth open.
- Change the drip pad under your nose as needed, some bloody drainage is normal for 48 hours.
- No glasses resting on the bridge of your nose until the splint is off and Dr. Reyes clears you.
- Saline spray 2-3 times a day starting tomorrow.

Your splint removal is next Tuesday at 10:00 AM. Call us at 617-555-0193 any time, day or night, if you have heavy bleeding or a fever over 101.

""" + STER_SIG,
      atts=[("pdf", "PostOp_Instructions_Reyes.pdf", "Post-Operative Instructions - Rhinoplasty",
             ["Keep head elevated 7 days.", "No nose blowing for 2 weeks.", "Splint removal day 7.",
              "Call 617-555-0193 with fever over 101 F."])]),

    E("email: tummy tuck day-3 check-in, drain output",
      MON, addr("Stacy Lin", "stacylin.tx@gmail.com"),
      "Checking in - day 3",
      when("2024-02-14 10:12", "-0600"),
      """Hi Stacy,

Just checking in on day 3 after your tummy tuck! How are you feeling?

When you get a chance, could you reply with your drain output totals for the last 24 hours (left and right separately)? Once each drain is under 25 mL for two days in a row, Dr. Haas can pull them, usually around day 7-10.

Keep walking around the house every couple of hours and stay hunched over a little when you stand, that takes tension off the incision.

Talk soon,

""" + MON_SIG),

    E("email: post-op check-in, clinical state only (no procedure named)",
      PAC, addr("Mara Ellison", "mara.ellison@outlook.com"),
      "How are you doing?",
      when("2024-04-24 08:55"),
      """Hi Mara,

Dr. Cho asked me to check in this morning. Some swelling and bruising around the incisions is completely normal this first week, and it usually looks worst on days 2-3.

Please keep the compression garment on except to shower, and keep taking the antibiotic until it's gone. If one side suddenly becomes much larger or firmer than the other, call us right away.

Your first post-op visit is Friday at 9:30.

""" + PAC_SIG),

    E("email: laser resurfacing aftercare + valacyclovir, HTML alternative",
      SOL, addr("Brittany Keller", "bkeller@gmail.com"),
      "Your aftercare plan (please read before tomorrow)",
      when("2024-01-22 13:40"),
      """Hi Brittany,

Tomorrow is the big day for your CO2 laser resurfacing! Here is your aftercare plan so you have it handy.

Before:
- Start your valacyclovir today (500 mg twice daily) and continue for 7 days total.
- No retinol or tretinoin from today on.

After:
- Vinegar soaks 4x a day for the first 3 days, then a thick layer of Aquaphor.
- Expect redness, oozing and a sunburn feeling for 5-7 days.
- No makeup until day 7, and strict SPF and a hat for 3 months.

We'll see you at 8:00 AM!

""" + SOL_SIG, preheader="Start your valacyclovir today", enc="quoted-printable"),

    E("email: microneedling aftercare, short",
      OAK, addr("Kelsey Grant", "kelseygrant@me.com"),
      "After your microneedling today",
      when("2024-08-02 17:05", "-0500"),
      """Hi Kelsey!

Thanks for coming in today. For the next 24 hours after microneedling: no makeup, no workouts, no actives. Just the hydrating serum we sent home with you and a gentle cleanser. Pinpoint redness is normal tonight and should calm down by tomorrow.

Your next session is in 4 weeks, reply here to grab a time.

""" + OAK_SIG),

    E("email: chemical peel prep, misspelled 'chemical peal'",
      CEDAR, addr("Hannah K.", "hkowalski22@gmail.com"),
      "Prep for Friday",
      when("2024-10-29 14:22", "-0500"),
      """Hi Hannah,

Quick prep list for your chemical peal on Friday:
- Stop tretinoin and any exfoliating acids 5 days before (so starting Sunday).
- No waxing or threading on the face for a week before.
- If you've ever had cold sores let us know, Dr. Moreau may send a prescription.

See you Friday at 9:40.

""" + CEDAR_SIG),

    E("email: Morpheus8 aftercare",
      GLOW, addr("Dana Whitcomb", "danawhitcomb@comcast.net"),
      "Morpheus8 aftercare",
      when("2024-11-18 16:30", "-0500"),
      """Hi Dana,

Your skin is going to feel warm and tight tonight, that's totally expected after Morpheus8. Little grid marks can show for 2-3 days.

Tonight: just the post-procedure balm, sleep on a clean pillowcase.
Tomorrow: gentle cleanser + balm + mineral SPF.
Day 3 on: you can go back to your regular routine except retinoids (wait a full week).

Session #2 is booked for Dec 16 at 4 PM.

""" + GLOW_SIG, enc="quoted-printable"),

    E("email: Kybella follow-up, base64 body",
      AVA, addr("Trish Galloway", "trishg@cox.net"),
      "Kybella follow-up",
      when("2024-03-05 09:48"),
      """Hi Trish,

Checking in after your Kybella treatment on Monday. Swelling under the chin usually peaks around day 2-3 and can take a week or two to settle. Ice and sleeping a little elevated both help.

Some numbness or tenderness is normal. If you have trouble swallowing or your smile looks uneven, call us right away at 480.555.0120.

We'll see you in 6 weeks to decide on round 2.

""" + AVA_SIG, enc="base64"),

    E("email: CoolSculpting session summary, HTML table",
      SOL, addr("Megan Alvarez", "megan.alvarez.co@gmail.com"),
      "Your session summary",
      when("2024-06-11 18:02"),
      """Hi Megan,

Here's a summary of today's session:

Treatment: CoolSculpting Elite
Areas: lower abdomen (2 cycles), left and right flanks (1 cycle each)
Next session: 8 weeks (around Aug 6)

It's normal to feel numb, tingly or achy for a couple of weeks. Massage the areas for a few minutes a day.

""" + SOL_SIG,
      html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Hi Megan,</p>
<p>Here&#39;s a summary of today&#39;s session:</p>
<table border="0" cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr style="background:#fbeee6"><th align="left">Treatment</th><th align="left">Area</th><th align="left">Cycles</th></tr>
<tr><td>CoolSculpting Elite</td><td>Lower abdomen</td><td>2</td></tr>
<tr><td>CoolSculpting Elite</td><td>Left flank</td><td>1</td></tr>
<tr><td>CoolSculpting Elite</td><td>Right flank</td><td>1</td></tr>
</table>
<p>Next session: 8 weeks (around Aug 6).</p>
<p>It&#39;s normal to feel numb, tingly or achy for a couple of weeks. Massage the areas for a few minutes a day.</p>
<p>xo, the Solstice Skin team<br>2850 E 3rd Ave, Denver, CO 80206 &middot; (720) 555-0134</p>
</body></html>
""", enc="quoted-printable"),

    E("email: BBL recovery reminders",
      MAG, addr("Kiara Jones", "kiara.jones@gmail.com"),
      "Recovery reminders for week 2",
      when("2024-05-07 12:00", "-0400"),
      """Hi Kiara,

You're doing great! Some reminders for week 2 after your BBL:

- Keep using the BBL pillow any time you sit, including in the car.
- Lymphatic massage 3x this week (we booked you Tue/Thu/Sat with Yanet).
- Faja stays on 23 hours a day.
- Sleep on your stomach or sides only.

Dr. Salazar will see you on the 14th.

""" + MAG_SIG),

    E("email: labiaplasty post-op, discreet subject",
      ROSS, addr("N. Brooks", "natbrooks@protonmail.com"),
      "Your follow-up",
      when("2024-07-30 11:11", "-0400"),
      """Hi Natalie,

Dr. Ross wanted me to follow up after your labiaplasty last Thursday. Swelling can be pretty dramatic for the first 10 days and is often uneven, that's expected.

Keep up the sitz baths two to three times a day, pat dry, and use the ointment on the incision lines. No tampons, intercourse or cycling for 6 weeks.

Your 2-week check is Aug 8 at 2:40 PM.

""" + ROSS_SIG),

    E("email: facelift pre-op, stop smoking + labs",
      BELL, addr("Deborah Fine", "debfine@comcast.net"),
      "Important: 4 weeks before surgery",
      when("2024-08-26 09:30"),
      """Dear Deborah,

Your facelift and neck lift with Dr. Yoon is scheduled for Monday, September 23. As we get closer, a few important items:

1. No nicotine in any form (cigarettes, vapes, patches, gum) from now until 4 weeks after surgery. Nicotine seriously affects healing of the skin flaps.
2. Pre-op labs (CBC, BMP) and an EKG need to be done by September 9. The lab order is attached to your portal.
3. Stop aspirin, ibuprofen, vitamin E, fish oil and turmeric 2 weeks before surgery.
4. Arrange a responsible adult to drive you home and stay with you the first night.

Please call with any questions.

Warm regards,

""" + BELL_SIG),

    E("email: blepharoplasty day-5 check-in, misspelled 'blepheroplasty'",
      STER, addr("Gwen Hollis", "gwenhollis@aol.com"),
      "Day 5!",
      when("2024-10-14 10:20", "-0400"),
      """Hi Gwen,

How are the eyes? Day 5 after blepheroplasty is usually when the bruising starts turning yellow, so you're on the home stretch. Keep up the cold compresses and the ointment on the stitches.

Suture removal is Wednesday at 11:30.

""" + STER_SIG),

    E("email: gynecomastia consult summary",
      PAC, addr("Jordan Fitzgerald", "jfitz.sea@gmail.com"),
      "Summary of your visit with Dr. Cho",
      when("2024-02-28 15:45"),
      """Hi Jordan,

Thanks for coming in to meet with Dr. Cho today. Here's a quick summary of what she recommended:

- Diagnosis: bilateral gynecomastia, mostly glandular tissue with some fat.
- Plan: gland excision through a small incision at the edge of the areola, with liposuction of the chest and sides.
- Anesthesia: general, outpatient, about 2 hours.
- Recovery: compression vest 6 weeks, back to desk work in about 5 days.
- Quote: $7,850 (surgeon, facility and anesthesia). Valid for 6 months.

When you're ready to schedule, just reply here.

""" + PAC_SIG),

    # ================================================================ photos / attachments
    E("email: before/after photos attached (JPEG x2)",
      AVA, addr("Lisa Tran", "lisatran.az@gmail.com"),
      "Your 3 month photos",
      when("2024-09-03 14:05"),
      """Hi Lisa,

Dr. Morgan asked me to send over your 3-month photos next to your pre-op ones. You've healed beautifully!

Let us know if you'd like a printed copy at your 6-month visit.

""" + AVA_SIG,
      atts=[("jpg", "preop_front.jpg"), ("jpg", "3mo_front.jpg")]),

    E("email: generic 'photos from today' + JPEG, no procedure named",
      OAK, addr("Emma", "emma.ruiz.tn@gmail.com"),
      "photos from today",
      when("2024-12-04 18:25", "-0600"),
      """Hi Emma, here are the photos from today like you asked! Same lighting as last time so it's easy to compare.

Marisa""",
      atts=[("jpg", "IMG_4471.jpg"), ("jpg", "IMG_4472.jpg")]),

    E("email: attachment only (PDF invoice), body clean",
      CEDAR, addr("Paul Meyer", "pmeyer@mchsi.com"),
      "Your statement",
      when("2024-04-01 08:00", "-0500"),
      """Hi Paul,

Your statement is attached. You can pay online at cedarvalleyderm.com/pay or call us at (319) 555-0166.

Thank you!

""" + CEDAR_SIG,
      atts=[("pdf", "Statement_April2024.pdf", "Statement", ["Balance due: $85.00", "Due: April 30, 2024"])]),

    E("email: .ics calendar invite attachment, body clean",
      HARB, addr("Ben Carter", "bencarter.sd@gmail.com"),
      "Appointment: Thu Jun 13, 10:15 AM",
      when("2024-06-06 12:00"),
      """Hi Ben,

Your appointment is on Thursday, June 13 at 10:15 AM. A calendar invite is attached so you can add it to your calendar.

""" + HARB_SIG,
      atts=[("ics", "appointment.ics", ("hd-20240613-1015@harborderm.com", "20240613T171500Z", "20240613T174500Z",
                                         "Appointment - Harbor Dermatology", "1180 Harbor Dr Suite 200 San Diego CA",
                                         "frontdesk@harborderm.com"))]),

    E("email: vCard attachment only, body clean",
      BELL, addr("Chris Nolan", "cnolan77@gmail.com"),
      "Our contact card",
      when("2024-01-09 10:00"),
      """Hi Chris,

As promised, here's our contact card so our texts don't end up filtered. Save it to your phone and you're all set.

""" + BELL_SIG,
      atts=[("vcf", "BellevuePS.vcf", ("Bellevue Plastic Surgery", "Bellevue Plastic Surgery", "+1-425-555-0150",
                                       "office@bellevueps.com", "1200 112th Ave NE Suite C-250;Bellevue;WA;98004;USA"))]),

    E("email: inline logo image (cid) in newsletter, text otherwise generic",
      LUM, addr("Lumière friends", "friends@lumiereaesthetics.com"),
      "Holiday hours + gift cards",
      when("2024-12-02 09:00"),
      """Happy holidays from all of us at Lumière!

Holiday hours: closed Dec 24-26 and Jan 1. Open regular hours otherwise.

Gift cards: buy $200 and get a $40 bonus card through Dec 31, in the studio or online.

""" + LUM_SIG,
      html="""<html><body style="font-family:Georgia,serif;color:#2e2a27">
<p style="text-align:center"><img src="cid:logo-lum@lumiere" alt="Lumiere Aesthetics" width="180"></p>
<h2 style="text-align:center">Happy holidays from all of us at Lumi&egrave;re!</h2>
<p><b>Holiday hours:</b> closed Dec 24&ndash;26 and Jan 1. Open regular hours otherwise.</p>
<p><b>Gift cards:</b> buy $200 and get a $40 bonus card through Dec 31, in the studio or online.</p>
<p>Tara Whitman, RN<br>Lumi&egrave;re Aesthetics<br>412 N Larchmont Blvd, Los Angeles, CA 90004<br>(323) 555-0141</p>
</body></html>
""", inline=[("png-inline", "logo.png", "logo-lum@lumiere")], enc="quoted-printable"),

    E("email: consent form for before/after photo use, PDF",
      MON, addr("Aaliyah Johnson", "aaliyahj@gmail.com"),
      "Photo consent form",
      when("2024-08-15 13:13", "-0500"),
      """Hi Aaliyah,

Thank you so much for being open to letting us share your before and after photos! Dr. Haas thinks your breast lift results would really help other patients.

The consent form is attached. Your face will never be shown and you can withdraw consent at any time. Just sign and send it back, or sign at your next visit.

""" + MON_SIG,
      atts=[("pdf", "Photo_Consent.pdf", "Consent for Use of Clinical Photographs",
             ["I authorize Monarch Plastic Surgery to use my photographs...", "Signature: ________  Date: ______"])]),

    E("email: pre-op packet PDF for breast augmentation",
      MON, addr("Kayla Perez", "kaylaperez214@gmail.com"),
      "Pre-op packet for March 28",
      when("2024-02-27 21:10", "-0600"),
      """Hi Kayla,

As promised, your pre-op packet for your breast augmentation on March 28 is attached. It includes:
- Pre-op instructions and the medication stop list
- Your prescriptions (sent to Walgreens on Lemmon Ave)
- Surgical consent (please don't sign until your pre-op visit)

Your pre-op visit with Dr. Haas is March 14 at 3:30.

""" + MON_SIG,
      atts=[("pdf", "PreOp_Packet_Augmentation.pdf", "Pre-operative packet",
             ["Stop list: aspirin, NSAIDs, fish oil", "Arrive 6:00 AM", "Nothing to eat after midnight"])]),

    E("email: patient photo reply quoted (lip filler swelling)",
      GLOW, addr("Tess", "tess.oneill@gmail.com"),
      "Re: is this normal??",
      when("2024-05-21 09:14", "-0400"),
      """Hi Tess,

Totally normal! Day 2 is usually the most swollen day, and the top lip often swells more than the bottom. It looks great from the photo. Keep icing 10 on / 10 off and sleep a little elevated. If you see any white or dusky patches, call us right away.

Maddie

On Mon, May 20, 2024 at 10:02 PM Tess <tess.oneill@gmail.com> wrote:
> hi! attaching a pic, it's day 2 after my lip filler and the top lip is
> SO much bigger than the bottom. is this normal??
>
> [image: IMG_8830.HEIC]
""", extra=[("In-Reply-To", "<CAF8k2x9Qw@mail.gmail.com>"), ("References", "<CAF8k2x9Qw@mail.gmail.com>")]),

    # ================================================================ conditions / Rx / labs
    E("email: melasma treatment plan (hydroquinone, tretinoin, peel)",
      CEDAR, addr("Keisha W.", "keishawhit@gmail.com"),
      "Your treatment plan from today",
      when("2024-03-19 16:50", "-0500"),
      """Hi Keisha,

Here's the plan Dr. Moreau went over with you today for your melasma:

Morning: vitamin C serum, then tinted mineral SPF 50 (reapply at lunch).
Night: hydroquinone 4% to the dark patches only, then tretinoin 0.025% every other night.
In-office: a series of 3 light chemical peels, 4 weeks apart, starting in 6 weeks.

Hydroquinone is for 12 weeks on, then a break. We'll recheck with photos in 3 months.

""" + CEDAR_SIG),

    E("email: rosacea plan, ivermectin + IPL",
      NORTH, addr("Greg Halvorsen", "ghalvorsen@gmail.com"),
      "Rosacea plan",
      when("2024-11-12 12:30", "-0600"),
      """Hi Greg,

Following up on your visit: Dr. Kim prescribed ivermectin 1% cream once nightly for your rosacea, sent to the Walgreens on Clark. Give it 8-12 weeks to work.

For the redness and visible vessels on your cheeks she recommended a series of IPL treatments once the inflammation calms down. We can schedule those in January.

Triggers to avoid in the meantime: hot drinks, spicy food, red wine and hot yoga.

""" + NORTH_SIG),

    E("email: acne plan, spironolactone + tret",
      OAK, addr("Maya Collins", "mayacollins@icloud.com"),
      "Your skin plan ✨",
      when("2024-09-25 11:00", "-0500"),
      """Hi Maya!

So good to see you today. Here's the plan for your hormonal acne:

- Spironolactone 50 mg once daily with food (Dr. Patel sent it to CVS). We'll check a potassium level in 4 weeks.
- Keep the tret 3 nights a week, pea-sized amount.
- Benzoyl peroxide wash in the shower AM.

Recheck in 3 months!

""" + OAK_SIG),

    E("email: Accutane month 3, iPLEDGE + pregnancy test + labs",
      HARB, addr("Sofía Ramírez-Ortega", "sofia.ramirez.o@gmail.com"),
      "Month 3 reminders",
      when("2024-07-01 08:30"),
      """Hi Sofía,

Your month-3 isotretinoin visit is Wednesday at 4:00 PM. Before then, please:

1. Get your monthly pregnancy test and fasting lipid panel at the lab (order is in the portal).
2. Answer your iPLEDGE comprehension questions once Dr. Arora confirms you.

Keep using lip balm and moisturizer generously, and let us know about any mood changes, headaches or vision changes right away.

""" + HARB_SIG),

    E("email: hair loss PRP series + minoxidil",
      NORTH, addr("Tyler Brennan", "tbrennan@uchicago.edu"),
      "Next steps for your hair",
      when("2024-05-02 14:15", "-0500"),
      """Hi Tyler,

Thanks for coming in. To recap Dr. Kim's plan for your androgenetic hair loss:

- PRP injections once a month for 3 months, then every 4-6 months.
- Oral minoxidil 1.25 mg nightly (sent to your pharmacy).
- Finasteride discussed; you wanted to think about it. No rush.

First PRP session is May 16 at 8 AM. Wash your hair that morning and skip any product.

""" + NORTH_SIG),

    E("email: biopsy result, basal cell + Mohs referral",
      NORTH, addr("Richard Olsen", "rolsen1955@gmail.com"),
      "Your biopsy result",
      when("2024-08-20 10:45", "-0500"),
      """Dear Mr. Olsen,

Your biopsy from the left side of your nose came back as a basal cell carcinoma, nodular type. This is the most common and least dangerous type of skin cancer, but it does need to be removed.

Dr. Kim recommends Mohs surgery because of the location. We have referred you to Dr. Varga; her office will call you within a week to schedule.

Please call us if you have any questions.

""" + NORTH_SIG),

    E("email: HRT labs results table",
      VERVE, addr("Ingrid Halvorsen", "ingrid.h@gmail.com"),
      "Your lab results",
      when("2024-10-08 13:00", "-0500"),
      """Hi Ingrid,

Your labs from Oct 3 are back. Dr. Bauer's notes are below.

Estradiol: 98 pg/mL
Progesterone: 6.2 ng/mL
FSH: 21 mIU/mL
Total testosterone: 28 ng/dL
TSH: 1.9 mIU/L

Dr. Bauer's note: "Estradiol is in a good range on the current patch. Continue 0.05 mg twice weekly and oral progesterone 100 mg nightly. Recheck in 6 months."

""" + VERVE_SIG,
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px">
<p>Hi Ingrid,</p><p>Your labs from Oct 3 are back. Dr. Bauer&rsquo;s notes are below.</p>
<table cellpadding="5" style="border:1px solid #ddd;border-collapse:collapse">
<tr><th align="left">Test</th><th align="left">Result</th></tr>
<tr><td>Estradiol</td><td>98 pg/mL</td></tr>
<tr><td>Progesterone</td><td>6.2 ng/mL</td></tr>
<tr><td>FSH</td><td>21 mIU/mL</td></tr>
<tr><td>Total testosterone</td><td>28 ng/dL</td></tr>
<tr><td>TSH</td><td>1.9 mIU/L</td></tr>
</table>
<p><i>Dr. Bauer&rsquo;s note: &ldquo;Estradiol is in a good range on the current patch. Continue 0.05 mg twice weekly and oral progesterone 100 mg nightly. Recheck in 6 months.&rdquo;</i></p>
<p>Alyssa Moreno, RN, Care Team<br>Verve Wellness | 1500 S Lamar Blvd #210, Austin, TX 78704<br>(512) 555-0158</p>
</body></html>
""", enc="quoted-printable", html_enc="base64"),

    E("email: testosterone therapy dose change",
      VERVE, addr("Marcus Reed", "mreed.atx@gmail.com"),
      "Dose change",
      when("2024-06-17 09:05", "-0500"),
      """Hi Marcus,

Your trough testosterone came back at 412 ng/dL and hematocrit at 49%. Dr. Bauer would like to keep you at 140 mg cypionate weekly for now (no increase) and recheck hematocrit in 8 weeks.

Keep rotating injection sites and let us know if you notice headaches or flushing.

""" + VERVE_SIG),

    E("email: tirzepatide dose escalation, telehealth summary",
      VERVE, addr("Heather Dunn", "heatherdunn@outlook.com"),
      "Your visit summary",
      when("2024-04-29 17:20", "-0500"),
      """Hi Heather,

Thanks for your telehealth visit today. Summary:

- Weight today: 187 lb (down 14 lb since starting).
- Plan: increase tirzepatide from 5 mg to 7.5 mg weekly starting next Monday.
- Side effects discussed: mild nausea, improves with smaller meals and more protein.
- Next check-in: 4 weeks.

Your new prescription was sent to our partner pharmacy and should ship Thursday.

""" + VERVE_SIG),

    E("email: Wegovy/Ozempic supply, brand names",
      VERVE, addr("Dee Harmon", "deeharmon@yahoo.com"),
      "Re: pharmacy says out of stock",
      when("2024-02-06 11:40", "-0600"),
      """Hi Dee,

So sorry about that! Wegovy 1.7 mg is on backorder at a lot of pharmacies right now. Two options:

1. We send the prescription to the H-E-B on Oltorf, they told us this morning they have stock.
2. Stay at 1 mg one more month until supply catches up.

Dr. Bauer is fine with either. Just let us know which you prefer.

Alyssa

> On Feb 5, 2024, at 8:12 PM, Dee Harmon <deeharmon@yahoo.com> wrote:
>
> Walgreens says they can't get my refill until the 20th. What should I do?
""", extra=[("In-Reply-To", "<7F1A0C2B-11D4@yahoo.com>"), ("References", "<7F1A0C2B-11D4@yahoo.com>")]),

    E("email: pregnancy, pausing retinoids and neurotoxin",
      LUM, addr("Grace Whitaker", "gracewhitaker@gmail.com"),
      "Congratulations!!",
      when("2024-04-04 10:30"),
      """Hi Grace,

Congratulations!! We're so happy for you. Since you're expecting, Dr. Ames recommends we pause your Botox and stop the tretinoin until after you're done breastfeeding. Azelaic acid and mineral sunscreen are both safe if you want to keep something in your routine.

We've put a hold on your membership at no charge. Just let us know when you're ready to come back!

""" + LUM_SIG),

    E("email: allergy list update before surgery",
      BELL, addr("Stephanie Lindqvist", "slindqvist@live.com"),
      "Allergy update",
      when("2024-03-26 15:35"),
      """Hi Stephanie,

Thanks for calling this morning. We've updated your chart:

Allergies: penicillin (hives), adhesive tape (blistering), codeine (nausea).

Dr. Yoon's team will use paper tape and a non-penicillin antibiotic for your surgery on April 10.

""" + BELL_SIG),

    # ================================================================ identifiers
    E("email: new patient registration with DOB",
      HARB, addr("Rachel Gold", "rachelg@gmail.com"),
      "Welcome to Harbor Dermatology",
      when("2024-01-16 10:10"),
      """Hi Rachel,

Welcome! We've created your account. Please check that we have everything right:

Name: Rachel Gold
Date of birth: 11/23/1979
Phone: (619) 555-0166
Preferred pharmacy: CVS, 5th Ave

If anything is wrong, just reply to this email.

""" + HARB_SIG),

    E("email: DOB in HTML table cell 'Birthdate', ISO format in text",
      SOL, addr("Jasmine Patel", "jaspatel@gmail.com"),
      "Please confirm your details",
      when("2024-02-02 09:45"),
      """Hi Jasmine,

Before your first visit, please confirm your details:

Name: Jasmine P.
Birthdate: 1992-06-08
Email: jaspatel@gmail.com

Reply CONFIRM if all correct.

""" + SOL_SIG,
      html="""<html><body style="font-family:Arial">
<p>Hi Jasmine,</p><p>Before your first visit, please confirm your details:</p>
<table cellpadding="4"><tr><td><b>Name</b></td><td>Jasmine P.</td></tr>
<tr><td><b>Birthdate</b></td><td>June 8, 1992</td></tr>
<tr><td><b>Email</b></td><td>jaspatel@gmail.com</td></tr></table>
<p>Reply CONFIRM if all correct.</p>
<p>xo, the Solstice Skin team</p></body></html>
"""),

    E("email: D.O.B. in parent-of-minor email + isotretinoin",
      CEDAR, addr("Linda Pryor", "lindapryor@gmail.com"),
      "Ethan's appointment",
      when("2024-08-07 13:20", "-0500"),
      """Hi Linda,

Ethan's first isotretinoin follow-up is scheduled for Sept 4 at 3:45 PM. Because he's a minor, a parent or guardian needs to come with him.

For the pharmacy, please double check his D.O.B.: 03/02/2008. The iPLEDGE registration didn't match what the pharmacy has.

""" + CEDAR_SIG),

    E("email: SSN in financing application confirmation",
      AVA, addr("Renee Castillo", "reneecastillo@gmail.com"),
      "Financing application - info needed",
      when("2024-05-09 10:40"),
      """Hi Renee,

We started your patient financing application but it was returned because the SSN didn't match. Here is what we submitted:

Name: Renee Castillo
SSN: 523-81-4470
Annual income: $68,000

If one of those is wrong, please call me directly at 480.555.0120 (please don't email your SSN back).

Thanks,
Dana, Patient Financing
""" + AVA_SIG),

    E("email: MRN in records release",
      NORTH, addr("Paula Stein", "paulastein@yahoo.com"),
      "Records release",
      when("2024-06-03 11:15", "-0500"),
      """Hi Paula,

We received your signed authorization. Your records (MRN 7730192) were faxed to Dr. Hernandez's office this morning.

Please allow a couple of days for them to be processed on their end.

""" + NORTH_SIG),

    E("email: patient ID in portal invite",
      HARB, addr("Owen Price", "owen.price@gmail.com"),
      "Your patient portal invitation",
      when("2024-09-12 08:05"),
      """Hi Owen,

You're invited to our new patient portal! To register you'll need:

Patient ID: HDV-448120
Email: owen.price@gmail.com

Register at portal.harborderm.com. The invite expires in 7 days.

""" + HARB_SIG),

    E("email: chart number in billing question",
      AVA, addr("Beth Morales", "bethmorales@gmail.com"),
      "Re: question about my bill",
      when("2024-10-21 14:50"),
      """Hi Beth,

I looked into it, the $120 was a duplicate charge and we've refunded it to your card. For future reference your chart number is AV-20931, so if you call just give that to whoever answers and they can pull you up quickly.

Dana

On Oct 20, 2024, at 7:31 PM, Beth Morales <bethmorales@gmail.com> wrote:
> I think I was charged twice on Oct 15? Can you check?
""", extra=[("In-Reply-To", "<B9C2@gmail.com>"), ("References", "<B9C2@gmail.com>")]),

    E("email: insurance member ID for breast reduction pre-authorization",
      BELL, addr("Hannah Kowalski", "hkowalski22@gmail.com"),
      "Pre-authorization update",
      when("2024-07-11 16:20"),
      """Hi Hannah,

Good news, Premera approved the pre-authorization for your breast reduction!

Member ID: XGH448291037
Group: 1000458
Authorization #: PA-2024-77120 (valid through 12/31/2024)

We can now schedule surgery. Please call me at (425) 555-0150 to pick a date.

""" + BELL_SIG),

    E("email: insurance member ID only (no clinical content)",
      HARB, addr("Kevin Ng", "kevinng@gmail.com"),
      "Insurance info",
      when("2024-03-04 09:00"),
      """Hi Kevin,

Quick question: the claim from your last visit was rejected. We have your member ID as UHC 9482-11037-02. Could you check your card and let us know if that's right?

Thanks!

""" + HARB_SIG),

    E("email: full Mastercard number on file (Luhn valid)",
      GLOW, addr("Sam Ortiz", "samortiz@gmail.com"),
      "Card on file",
      when("2024-08-29 10:00", "-0400"),
      """Hi Sam,

Our system flagged the card on file as expired. The card we have is 5424 1807 7316 9047, exp 07/24. If you have a new card please call us or update it in the app.

""" + GLOW_SIG),

    E("email: full Visa in quoted patient reply",
      SOL, addr("Morgan Lee", "morganlee@icloud.com"),
      "Re: deposit",
      when("2024-11-01 12:10"),
      """Hi Morgan, got it, all charged! You're confirmed for the 15th. For next time it's safer to call in the card number rather than emailing it 🙂

On Fri, Nov 1, 2024 at 11:52 AM Morgan Lee <morganlee@icloud.com> wrote:
> Hi, here's my card for the deposit: 4556 7302 1984 4109 exp 03/27 cvv
> on back of card. Thanks!
"""),

    E("email: directory full name only, confirmation",
      STER, addr("D. Okafor", "dokafor.mail@gmail.com"),
      "Appointment confirmation",
      when("2024-08-01 12:30", "-0400"),
      """Appointment confirmation

Patient: Danielle Okafor
Date: Tuesday, August 6, 2024
Time: 10:00 AM
Location: 15 Newbury St, 3rd Floor, Boston

Please arrive 15 minutes early. To cancel or reschedule call 617-555-0193.

""" + STER_SIG),

    E("email: directory name in 'Last, First' form on receipt",
      CEDAR, addr("", "jthornton.ia@gmail.com"),
      "Receipt #104839",
      when("2024-05-29 17:45", "-0500"),
      """Receipt #104839

Patient: THORNTON, JESSICA
Date of service: 05/29/2024
Amount paid: $40.00
Method: Visa ending 7720

Thank you!

""" + CEDAR_SIG),

    E("email: directory name in forwarded scheduling note",
      MON, addr("Maria Vega", "mvega.family@gmail.com"),
      "Fwd: ride home",
      when("2024-09-09 15:00", "-0500"),
      """Hi Maria, forwarding the note from our front desk so you have the details.

---------- Forwarded message ---------
From: Front Desk <frontdesk@monarchps.com>
Date: Mon, Sep 9, 2024 at 2:41 PM
Subject: ride home
To: Priya Raman <coordinator@monarchps.com>

Marisol Vega's daughter Maria will be picking her up Thursday, please have her call 214-555-0193 when she's outside.
"""),

    E("email: directory name with apostrophe in chit-chat",
      OAK, addr("Erin", "erin.osull@gmail.com"),
      "You're famous!",
      when("2024-10-02 10:05", "-0500"),
      """Hi Erin!

Just wanted to say congrats, we saw the article about Erin O'Sullivan winning the Nashville half marathon in the Tennessean this morning and the whole studio cheered! 🏃‍♀️

See you next month!

""" + OAK_SIG),

    # ================================================================ billing naming treatments
    E("email: Dysport receipt, base64 HTML table",
      SOL, addr("Chloe Park", "chloepark@gmail.com"),
      "Your receipt from Solstice Skin",
      when("2024-06-28 16:15"),
      """Receipt #SS-30118

Dysport (60 units)          $270.00
Member discount (10%)       -$27.00
Tax                            $0.00
Total                        $243.00

Paid with Visa ending 3016. Thank you!
""",
      html="""<html><body style="font-family:Arial;font-size:14px;color:#222">
<h3 style="margin:0 0 8px">Receipt #SS-30118</h3>
<table cellpadding="6" style="border-collapse:collapse;width:360px">
<tr><td>Dysport (60 units)</td><td align="right">$270.00</td></tr>
<tr><td>Member discount (10%)</td><td align="right">-$27.00</td></tr>
<tr><td>Tax</td><td align="right">$0.00</td></tr>
<tr style="border-top:1px solid #ccc;font-weight:bold"><td>Total</td><td align="right">$243.00</td></tr>
</table>
<p>Paid with Visa ending 3016. Thank you!</p>
</body></html>
""", enc="base64"),

    E("email: lip flip receipt, plain",
      GLOW, addr("Nia Carter", "niacarter@gmail.com"),
      "Receipt",
      when("2024-03-16 12:40", "-0400"),
      """Thanks for visiting Glow Med Spa!

03/16/2024
Lip flip (Botox 4u) ............ $150.00
Tip ............................ $20.00
Total paid ..................... $170.00  (Mastercard ****8841)

""" + GLOW_SIG),

    E("email: rhinoplasty deposit payment link",
      STER, addr("Ava Lindstrom", "avalindstrom@gmail.com"),
      "Deposit for your surgery date",
      when("2024-07-17 11:25", "-0400"),
      """Hi Ava,

To hold your surgery date of October 2, we need the $2,000 deposit within 7 days. You can pay here:

https://pay.sterlingfp.com/i/INV-5521?item=Deposit%20-%20Rhinoplasty

The deposit is applied to your total and is refundable up to 30 days before surgery.

""" + STER_SIG),

    E("email: financing approved for BBL",
      MAG, addr("Tanya Brooks", "tanyabrooks@gmail.com"),
      "Your financing was approved 🎉",
      when("2024-01-30 14:00", "-0500"),
      """Hi Tanya,

Great news: your CareCredit application was approved for $9,500, which covers the full quote for your BBL with Dr. Salazar.

Next step is picking a surgery date. We have openings March 12, March 19 and April 2.

""" + MAG_SIG),

    E("email: quote PDF for breast lift with implant exchange",
      PAC, addr("Whitney Hale", "whitneyhale@gmail.com"),
      "Your quote from Dr. Cho",
      when("2024-06-05 10:00"),
      """Hi Whitney,

Thank you for meeting with Dr. Cho on Monday. Your itemized quote for breast lift with implant exchange (removing your current saline implants and replacing with 350 cc silicone) is attached.

The quote is valid for 6 months. Let me know if you have any questions!

""" + PAC_SIG,
      atts=[("pdf", "Quote_Hale_MastopexyExchange.pdf", "Surgical Quote",
             ["Mastopexy with implant exchange", "Surgeon fee $8,900", "Facility $2,400", "Anesthesia $1,100"])]),

    # ================================================================ marketing naming products
    E("email: newsletter with specials table (Jeuveau, Sculptra, HydraFacial)",
      OAK, addr("", "newsletter-list@oakandivy.studio"),
      "June at Oak & Ivy ☀️",
      when("2024-06-01 07:00", "-0500"),
      """June at Oak & Ivy

Summer specials (through June 30):
- Jeuveau: $10/unit
- Sculptra: $100 off per vial
- HydraFacial + LED add-on: $199

New on the menu: Morpheus8 body for arms and knees.

Book online at oakandivy.studio/book or call 615-555-0138.

""" + OAK_SIG,
      html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef0ea">
<div style="display:none;max-height:0;overflow:hidden">Jeuveau $10/unit, Sculptra $100 off &amp; more this June</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="font-size:26px;color:#3d5a3a">June at Oak &amp; Ivy</td></tr>
<tr><td><b>Summer specials</b> (through June 30)
<table width="100%" cellpadding="8" style="border-collapse:collapse">
<tr style="background:#f3f5ef"><td>Jeuveau</td><td align="right">$10/unit</td></tr>
<tr><td>Sculptra</td><td align="right">$100 off per vial</td></tr>
<tr style="background:#f3f5ef"><td>HydraFacial + LED add-on</td><td align="right">$199</td></tr>
</table></td></tr>
<tr><td>New on the menu: <b>Morpheus8 body</b> for arms and knees.</td></tr>
<tr><td align="center"><a href="https://oakandivy.studio/book" style="background:#3d5a3a;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Book now</a></td></tr>
<tr><td style="font-size:12px;color:#888">Oak &amp; Ivy Skin Studio &middot; 1808 21st Ave S, Nashville, TN 37212 &middot; 615-555-0138<br><a href="https://oakandivy.studio/unsub">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
""", enc="quoted-printable"),

    E("email: procedure only in hidden HTML preheader",
      LUM, addr("", "list@lumiereaesthetics.com"),
      "Your June perks are here",
      when("2024-06-03 08:00"),
      """Your June perks are here!

- Buy a $200 gift card, get $40 free.
- Refer a friend, you both get $50.
- Our new Saturday hours start June 8: 9 AM to 3 PM.

See you soon,
Lumière Aesthetics""",
      html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>June perks</title></head>
<body style="margin:0;padding:0;background:#faf7f2;">
<div style="display:none;font-size:1px;color:#faf7f2;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">Botox Fridays are back: $11/unit all month &#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="580" cellpadding="14" style="background:#fff;font-family:Georgia,serif;color:#333">
<tr><td><h1 style="font-weight:normal">Your June perks are here!</h1></td></tr>
<tr><td>&bull; Buy a $200 gift card, get $40 free.<br>&bull; Refer a friend, you both get $50.<br>&bull; New Saturday hours start June 8: 9 AM to 3 PM.</td></tr>
<tr><td>See you soon,<br>Lumi&egrave;re Aesthetics</td></tr>
</table></td></tr></table></body></html>
""", enc="quoted-printable"),

    E("email: procedure only in booking URL query string",
      GLOW, addr("", "promos@glowmedspa.com"),
      "A little something for you 💌",
      when("2024-02-08 10:00", "-0500"),
      """Valentine's week is here!

We're holding a few extra openings this week just for our regulars. Grab one before they're gone:

https://glowmedspa.com/book?service=lip-filler-1-syringe&promo=VDAY24

Love,
The Glow Team""",
      html="""<html><body style="font-family:Helvetica,Arial;text-align:center;color:#5b2a3c">
<h2>Valentine&#39;s week is here!</h2>
<p>We&#39;re holding a few extra openings this week just for our regulars.</p>
<p><a href="https://glowmedspa.com/book?service=lip-filler-1-syringe&amp;promo=VDAY24" style="background:#d9477a;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">Grab a spot</a></p>
<p>Love,<br>The Glow Team</p></body></html>
""", enc="quoted-printable"),

    E("email: HTML-only with entity-encoded Juv&eacute;derm",
      LUM, addr("Nina Ross", "ninaross@gmail.com"),
      "Your touch-up window closes Friday",
      when("2024-04-22 12:00"),
      "",
      html="""<html><body style="font-family:Georgia,serif;font-size:16px;color:#2e2a27">
<p>Hi Nina,</p>
<p>Just a heads-up: your complimentary 2-week touch-up window for your Juv&eacute;derm Volbella closes this Friday. If you&rsquo;d like a little more in the upper lip, reply and we&rsquo;ll find a time.</p>
<p>Tara Whitman, RN<br>Lumi&egrave;re Aesthetics &middot; (323) 555-0141</p>
</body></html>
""", html_only=True, enc="8bit"),

    E("email: leetspeak subject 'B0TOX BRUNCH', marketing",
      OAK, addr("", "events@oakandivy.studio"),
      "B0TOX BRUNCH 🥂 this Saturday",
      when("2024-09-10 09:00", "-0500"),
      """Mimosas, bagels and $10/unit tox with Nurse Jenna this Saturday 10am-1pm.

Bring a friend and you both get a free lash serum.

RSVP: oakandivy.studio/brunch

""" + OAK_SIG),

    E("email: misspellings 'restalyne'/'kybela' in staff reply",
      AVA, addr("Jill Ferris", "jillferris@gmail.com"),
      "Re: pricing?",
      when("2024-05-13 18:40"),
      """hi Jill!! pricing for what we talked about:

restalyne kysse - $725/syringe
kybela - $650/vial (most people need 2)

let me know and I'll get you on Dr. Morgan's schedule!
-Kenzie

Sent from my iPhone"""),

    E("email: dictated email with 'semi glue tide' and 'Jube a derm'",
      VERVE, addr("Carol Tate", "caroltate@gmail.com"),
      "Following up",
      when("2024-08-12 19:05", "-0500"),
      """Hi Carol this is Dr. Bauer following up from today. I'd like you to stay on the semi glue tide at 1 mg for one more month before we go up. Also regarding your question about the Jube a derm for your lips, I'd wait until your weight has been stable for 3 months.

Sent from my iPhone. Please excuse dictation errors."""),

    E("email: Cyrillic homoglyph in subject 'Xeоmin'",
      SOL, addr("Riley Quinn", "rileyquinn@gmail.com"),
      "Xe" + CYR_O + "min touch-up reminder",
      when("2024-03-27 10:00"),
      """Hi Riley,

Reminder that you're due for your 3-month touch-up! We have openings next Tuesday and Thursday afternoon.

""" + SOL_SIG),

    E("email: zero-width space inside Botox, QP body",
      GLOW, addr("Paige Holt", "paigeholt@gmail.com"),
      "Friday is booked",
      when("2024-04-10 15:50", "-0400"),
      """Hi Paige,

You're all set for Bo""" + ZWSP + """tox on Friday at 12:30 with Maddie. Remember no lying down or working out for 4 hours afterward!

""" + GLOW_SIG, enc="quoted-printable"),

    E("email: QP soft line break splits 'Restylane'",
      HARB, addr("Irene Cho", "irenecho@gmail.com"),
      "Your appointment on Wednesday",
      when("2024-10-15 11:30"),
      """Hi Irene,

This is a reminder that your appointment with Aya is on Wednesday, Octob=
er 16 at 3:00 PM. In preparation for your upcoming touch-up with Resty=
lane Defyne, please avoid alcohol, fish oil and ibuprofen for 24 hours bef=
orehand.

Front Desk
Harbor Dermatology
1180 Harbor Dr, Suite 200, San Diego, CA 92101
P (619) 555-0172  F (619) 555-0173
""", enc="raw-qp"),

    E("email: plural 'implants' in newsletter, CRLF",
      PAC, addr("", "news@pacificcontour.com"),
      "What's new at Pacific Contour",
      when("2024-10-01 08:00"),
      """Hello from Pacific Contour!

This fall Dr. Cho is offering free 20-minute virtual consults for anyone considering breast implants or an implant removal (explant).

We're also excited to welcome our new aesthetician, Sienna, who will be offering HydraFacials and microneedling starting October 15.

Book at pacificcontour.com/consult.

""" + PAC_SIG, crlf=True),

    E("email: referral program naming Botox",
      NORTH, addr("", "hello@northsidederm.org"),
      "Share the love",
      when("2024-11-20 10:00", "-0600"),
      """Know someone who's been thinking about Botox or filler?

Refer a friend to Northside's cosmetic clinic and you'll each get $50 off your next treatment. Just have them mention your name when they book.

""" + NORTH_SIG, preheader="You and a friend both get $50"),

    E("email: review request naming laser hair removal",
      OAK, addr("Ivy Chen", "ivychen@gmail.com"),
      "How was your visit?",
      when("2024-07-19 19:00", "-0500"),
      """Hi Ivy,

Thank you for choosing Oak & Ivy for your laser hair removal! We'd love to hear how session 1 went. Would you leave us a quick review?

https://g.page/r/oak-and-ivy/review

""" + OAK_SIG),

    E("email: Spanish marketing 'Botox y rellenos'",
      MAG, addr("", "promos@magnoliaaesthetics.com"),
      "¡Especial de primavera en Magnolia! 🌸",
      when("2024-03-20 09:00", "-0400"),
      """¡Llegó la primavera!

Durante todo abril:
- Botox a $11 la unidad
- 20% de descuento en rellenos de ácido hialurónico
- Limpieza facial profunda gratis con cualquier tratamiento de Morpheus8

Reserve al (305) 555-0182 o en magnoliaaesthetics.com/reservar

""" + MAG_SIG, subj_enc="B", enc="quoted-printable", preheader="Botox a $11 la unidad todo abril"),

    E("email: new injector bio naming lip filler and tear troughs",
      LUM, addr("", "list@lumiereaesthetics.com"),
      "Meet Kendra!",
      when("2024-08-05 09:30"),
      """Meet our newest injector, Kendra Alvarez, NP!

Kendra has 8 years of experience and her specialties are natural-looking lip filler and tear trough correction. Outside the clinic you'll find her on a paddleboard or at her kids' soccer games.

Book with Kendra this month and get 10% off your first treatment.

""" + LUM_SIG),

    # ================================================================ replies / forwards with PHI only in quoted history
    E("email: PHI only in deep quoted history (>>)",
      PAC, addr("Robin Ames", "robin.ames@gmail.com"),
      "Re: Re: parking for Friday",
      when("2024-03-14 12:05"),
      """Yes, the garage on Mercer is fine, we'll validate! See you Friday.

Lauren

On Thu, Mar 14, 2024 at 11:40 AM Robin Ames <robin.ames@gmail.com> wrote:
> Great thanks. Is the Mercer garage ok or is there something closer?
>
> On Wed, Mar 13, 2024 at 4:02 PM Pacific Contour Surgery <team@pacificcontour.com> wrote:
>> Hi Robin, street parking is limited, most patients use a garage.
>>
>> On Wed, Mar 13, 2024 at 3:15 PM Robin Ames <robin.ames@gmail.com> wrote:
>>> Hi! Where should I park Friday for my 1 week post op after the lipo?
>>> My husband is driving me.
""", extra=[("In-Reply-To", "<CAB7robin2@mail.gmail.com>"), ("References", "<CAB7robin1@mail.gmail.com> <CAB7robin2@mail.gmail.com>")]),

    E("email: PHI only in forwarded Subject header",
      AVA, addr("Trish Galloway", "trishg@cox.net"),
      "Fwd: scheduling",
      when("2024-04-12 09:30"),
      """Hi Trish, see below from Dr. Morgan's assistant, let me know which time works!

---------- Forwarded message ---------
From: Kenzie Hart <khart@avaloncosmetic.com>
Date: Thu, Apr 11, 2024 at 5:20 PM
Subject: Kybella round 2 - Galloway
To: Care Team <care@avaloncosmetic.com>

Dr. M has Apr 22 at 10 or Apr 24 at 2.
"""),

    E("email: PHI only in quoted patient message (Ozempic side effect)",
      VERVE, addr("Jane Albee", "janealbee@gmail.com"),
      "Re: quick question",
      when("2024-09-03 10:10", "-0500"),
      """Got it Jane, thanks for letting us know. I'll pass this along to Dr. Bauer and we'll call you this afternoon.

Alyssa

On Sep 2, 2024, at 9:48 PM, Jane Albee <janealbee@gmail.com> wrote:
> Hi, the Ozempic has been making me really nauseous since I went up to
> 1 mg. Should I go back down?
"""),

    E("email: reply quoting consult notes forwarded from surgeon",
      MON, addr("Olivia Sinclair", "oliviasinclair@gmail.com"),
      "Fwd: your consult notes",
      when("2024-01-25 16:40", "-0600"),
      """Hi Olivia,

Dr. Haas asked me to forward his notes from your consultation. Let me know when you'd like to talk scheduling!

Priya

---------- Forwarded message ---------
From: Dr. Martin Haas <mhaas@monarchps.com>
Date: Thu, Jan 25, 2024 at 3:55 PM
Subject: Consult note - Sinclair
To: Priya Raman <coordinator@monarchps.com>

Pt is 38F, 2 prior pregnancies, stable weight x 2 yrs. Diastasis recti ~3 cm, excess lower abdominal skin. Candidate for full abdominoplasty with rectus plication and liposuction of flanks. Discussed risks incl. seroma, scarring, DVT. Pt would like to proceed in spring.
"""),

    # ================================================================ chit-chat / misc with PHI
    E("email: chit-chat about results, names Botox",
      LUM, addr("Lindsey Hart", "lindseyhart@gmail.com"),
      "So happy for you!",
      when("2024-06-19 14:30"),
      """Lindsey!!

Your wedding photos are STUNNING, thank you for sending them. Your skin is glowing and the Botox from last month looks so natural, nobody would ever guess. Congrats again to you and Matt!

Tara""", enc="quoted-printable"),

    E("email: patient shares IG post, staff mentions 'rhino' slang",
      STER, addr("Brooke Ellis", "brooke.ellis@gmail.com"),
      "Re: you can share my pics!",
      when("2024-12-09 13:00", "-0500"),
      """Thank you SO much Brooke! We'll tag you when it goes up. Dr. Reyes was so happy to hear you love your rhino results at 1 year. ❤️

Colleen
"""),

    E("email: directions email that names the surgery",
      BELL, addr("Megan Cole", "megancole@gmail.com"),
      "Directions for Tuesday",
      when("2024-05-10 11:00"),
      """Hi Megan,

For your breast reduction on Tuesday, please go to the Bellevue Surgery Center entrance on the north side of the building (not our main clinic entrance). Park in Garage B, level 1, and take the elevator to the 2nd floor.

Check-in is at 6:30 AM. Your driver can wait in the family lounge.

""" + BELL_SIG),

    E("email: reschedule naming Sculptra",
      OAK, addr("Hailey Stone", "haileystone@gmail.com"),
      "Need to move your Thursday appointment",
      when("2024-10-07 09:15", "-0500"),
      """Hi Hailey,

So sorry, Nurse Jenna is out Thursday for a family emergency. Can we move your Sculptra session to next Monday at 4:30 or Wednesday at 11?

""" + OAK_SIG),

    E("email: gift card usable toward HydraFacial/Botox (names products)",
      GLOW, addr("Gift Cards", "giftcards@glowmedspa.com"),
      "You've received a Glow gift card!",
      when("2024-12-20 09:00", "-0500"),
      """You've received a $150 Glow Med Spa gift card from Sarah!

Message: "Merry Christmas!! Go get that HydraFacial you keep talking about 💆‍♀️"

Gift card code: GLOW-7H2K-99QP
Redeem toward any service, including Botox, facials and retail.

""" + GLOW_SIG),

    E("email: membership summary listing monthly treatments",
      SOL, addr("Alexa Ruiz", "alexaruiz@gmail.com"),
      "Your membership summary",
      when("2024-07-01 06:00"),
      """Hi Alexa,

Here's your July membership summary:

Plan: Glow+ ($179/mo)
Banked credits: 1 HydraFacial, 20 units Dysport
Used in June: 1 microneedling session

Credits roll over for 3 months.

""" + SOL_SIG),

    E("email: photo-sharing request naming B&A photos (no attachment)",
      AVA, addr("Priscilla H.", "phuang.az@gmail.com"),
      "Quick question about your photos",
      when("2024-11-14 10:30"),
      """Hi Priscilla,

Dr. Morgan would love to use your before and after photos from your eyelid surgery on our website gallery. Your face would be cropped above the eyes. Totally fine if you'd rather not!

""" + AVA_SIG),

    E("email: encoded-word From display name + Q subject, neurotoxin comparison",
      addr("Clínica Bella Piel", "hola@bellapiel.mx"),
      addr("Lucía Herrera", "luciaherrera@gmail.com"),
      "Re: ¿Dysport o Botox?",
      when("2024-02-19 12:00", "-0600"),
      """Hola Lucía,

Buena pregunta. Los dos funcionan muy parecido; el Dysport a veces hace efecto uno o dos días antes y se difunde un poco más, por eso lo preferimos para la frente. El Botox lo usamos más en el entrecejo.

Con gusto lo platicamos en su cita del jueves.

Dra. Paola Núñez
Clínica Bella Piel
""", subj_enc="Q", enc="8bit"),

    E("email: telehealth note with weight/BMI, base64",
      VERVE, addr("Ron Fitch", "ronfitch@gmail.com"),
      "Visit note",
      when("2024-05-20 16:00", "-0500"),
      """Ron,

Notes from today's visit:
Weight 241 lb, BMI 34.6, BP 132/84.
A1c 6.1 (prediabetes range).
Starting compounded semaglutide 0.25 mg weekly x 4 weeks, then 0.5 mg.
Follow up in 4 weeks.

Dr. Bauer
Verve Wellness""", enc="base64"),

    E("email: testosterone pellet pre-visit, CRLF + QP",
      ROSS, addr("Anne Ferris", "anneferris@gmail.com"),
      "Before your pellet appointment",
      when("2024-09-16 10:00", "-0400"),
      """Hi Anne,

Your testosterone pellet insertion is Monday at 4 PM. Please:

- Shower that morning (no lotion on your hips or buttocks).
- Avoid baths, hot tubs and swimming for 3 days afterward.
- Skip leg day and heavy squats for 5 days.

Your estradiol and testosterone levels from last week are in the portal.

""" + ROSS_SIG, enc="quoted-printable", crlf=True),

    E("email: valacyclovir prescription for fever blisters before filler",
      HARB, addr("Mia Ford", "miaford@gmail.com"),
      "Prescription sent",
      when("2024-04-18 13:30"),
      """Hi Mia,

Since you mentioned you get cold sores, Dr. Arora sent valacyclovir 2 g to the Rite Aid on University. Take it the morning of your lip appointment and again 12 hours later.

""" + HARB_SIG),

    E("email: post-op incision care, no procedure named, HTML alt",
      BELL, addr("Joan Myers", "joanmyers@comcast.net"),
      "Caring for your incisions this week",
      when("2024-02-06 12:00"),
      """Hi Joan,

Now that your dressings are off, here's how to care for your incisions:

- Wash gently with mild soap and water, pat dry.
- Apply a thin layer of Vaseline twice a day.
- The steri-strips will fall off on their own, don't pull them.
- Start silicone scar gel at 3 weeks.

Call us if you notice redness spreading, drainage, or the edges pulling apart.

""" + BELL_SIG, preheader="Now that your dressings are off"),

    E("email: Spanish, DOB 'fecha de nacimiento' correction",
      MAG, addr("Marisol Vega", "marisolvega@gmail.com"),
      "Corrección en su expediente",
      when("2024-06-04 10:00", "-0400"),
      """Hola Sra. Vega,

Al revisar su expediente notamos un error. Tenemos su fecha de nacimiento como 14/02/1975. ¿Nos puede confirmar si es correcta?

Gracias,
""" + MAG_SIG, enc="quoted-printable", subj_enc="B"),

    E("email: Portuguese, lip filler aftercare",
      addr("Estética Bem Estar", "contato@bemestar-estetica.com.br"),
      addr("Vanessa Duarte", "vanessa.duarte@gmail.com"),
      "Cuidados após o preenchimento labial",
      when("2024-08-22 18:00", "-0300"),
      """Oi Vanessa!

Seguem os cuidados após o seu preenchimento labial de hoje:
- Gelo 10 minutos a cada hora nas primeiras 24 h.
- Evite beijar, canudo e bebidas quentes hoje.
- Não faça exercícios nem sauna por 48 h.
- O inchaço é normal e deve diminuir em 3 a 5 dias.

Qualquer dúvida é só chamar no WhatsApp (11) 95555-0148.

Beijos,
Equipe Bem Estar""", subj_enc="B", enc="quoted-printable"),

    E("email: testosterone + HRT program pricing (marketing)",
      VERVE, addr("", "news@vervewellness.health"),
      "Hormone balance, made simple",
      when("2024-04-01 07:30", "-0500"),
      """Tired, foggy, can't sleep?

Our hormone program now includes bioidentical HRT for women and testosterone therapy for men, with labs, telehealth visits and medication delivery for one monthly price.

Learn more: vervewellness.health/hormones

""" + VERVE_SIG),

    E("email: DOB with cue in HTML only (text part omits it)",
      STER, addr("Mei-Ling C.", "meiling.chen@gmail.com"),
      "Your intake is complete",
      when("2024-03-08 09:10", "-0500"),
      """Hi Mei-Ling,

Thanks for completing your intake form! We'll see you Tuesday at 2:00 PM.

""" + STER_SIG,
      html="""<html><body style="font-family:Arial">
<p>Hi Mei-Ling,</p>
<p>Thanks for completing your intake form! We&#39;ll see you Tuesday at 2:00 PM.</p>
<table style="font-size:12px;color:#777"><tr><td>Name on file:</td><td>Mei-Ling C.</td></tr>
<tr><td>Date of birth:</td><td>07/19/1984</td></tr></table>
<p>Colleen Burke | Patient Care Coordinator<br>Sterling Facial Plastics<br>T 617-555-0193</p>
</body></html>
"""),

    E("email: long practice-owner letter mentioning fillers and lasers",
      CEDAR, addr("", "patients@cedarvalleyderm.com"),
      "A note from Dr. Moreau",
      when("2024-01-02 08:00", "-0600"),
      """Dear friends,

As we head into a new year I want to thank each of you for trusting us with your skin. 2024 was a big year for Cedar Valley: we welcomed two new physician assistants, extended our Thursday hours, and opened our second location in Marion.

This year we're adding something many of you have asked for. Starting in February, our Marion office will offer cosmetic services, including Botox, dermal fillers and a new fractional laser for sun damage and acne scars. Our medical dermatology schedule will not be affected.

As always, if you have any questions, just call us.

Warmly,
Dr. Elise Moreau

""" + CEDAR_SIG),

    E("email: short note 'your tox is in', 8bit",
      LUM, addr("Steph", "steph.kwan@gmail.com"),
      "your tox appt",
      when("2024-10-23 13:00"),
      """hey Steph! got you on the books for tox next Wed at 5:15 w/ Tara. see you then!"""),

    E("email: 'Botox' inside a confirmation table with Cc to spouse",
      AVA, addr("Kim Dalton", "kimdalton@gmail.com"),
      "Confirmed: Thursday 4/25",
      when("2024-04-18 17:00"),
      """Hi Kim,

Confirmed for Thursday 4/25:

  2:00 PM  Botox (forehead, crow's feet) - Kenzie, RN
  2:30 PM  Dermaplane facial - Bella

""" + AVA_SIG, cc=addr("Rick Dalton", "rickdalton@gmail.com")),

    E("email: PRP under-eye + microneedling add-on, Q subject with emoji",
      SOL, addr("Jade Nguyen", "jadenguyen@gmail.com"),
      "See you Friday 💫",
      when("2024-05-29 15:00"),
      """Hi Jade,

You're confirmed Friday at 10:30 for PRP under-eye with microneedling add-on. We'll draw your blood at the start so please eat breakfast and drink lots of water!

""" + SOL_SIG, subj_enc="Q"),

    E("email: isotretinoin side effects in reply (patient quoted + staff)",
      HARB, addr("Sofía R.", "sofia.ramirez.o@gmail.com"),
      "Re: dry lips",
      when("2024-07-15 09:40"),
      """Hi Sofía, that's super common on Accutane. Try Aquaphor every hour while you're awake and a humidifier at night. If your lips crack and bleed, let us know and Dr. Arora can send a prescription ointment.

> my lips are so dry they're peeling, is that normal?
"""),

    E("email: Daxxify + Dysport price list, HTML-only base64",
      PAC, addr("", "news@pacificcontour.com"),
      "Neurotoxin pricing update",
      when("2024-07-08 10:00"),
      "",
      html="""<html><body style="font-family:Helvetica,Arial">
<h2>Neurotoxin pricing update</h2>
<p>Effective July 15:</p>
<ul><li>Dysport &ndash; $4.50/unit</li><li>Daxxify &ndash; $13/unit</li><li>Xeomin &ndash; $12/unit</li></ul>
<p>Pacific Contour Surgery &middot; 500 Mercer St, Seattle, WA 98109 &middot; (206) 555-0117</p>
</body></html>
""", html_only=True, enc="base64"),
]
