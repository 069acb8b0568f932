# Hand-written emails with NO PHI.  E(note, from, to, subject, date, body, **mime)
# note = kind of message / near-miss (goes to clean-notes.tsv, not a label).
# Rules kept: no attachments or images, no procedure/product/drug/condition,
# no DOB/SSN/MRN/member ID/full card number, no directory patient full name.
from common import E, addr, when
from practices import *  # noqa: F401,F403

EMAIL_CLEAN = [
    # ================================================================ twins of PHI emails
    E("twin: reminder without treatment name",
      LUM, addr("Jen Morrow", "jen.morrow88@gmail.com"),
      "Reminder: your appointment tomorrow at 2:30 PM",
      when("2024-05-15 16:02"),
      """Hi Jen,

This is a friendly reminder of your appointment tomorrow, Thursday May 16, at 2:30 PM with Tara.

A few things before you come in:
- Please arrive 10 minutes early so we can update your paperwork.
- If you need to reschedule, give us at least 24 hours' notice.

See you tomorrow!

""" + LUM_SIG, enc="8bit"),

    E("twin: booking confirmation HTML table, generic service",
      GLOW, addr("Ashley Burns", "ashburns@yahoo.com"),
      "You're booked! Appointment confirmation #GMS-41877",
      when("2024-10-03 11:47", "-0400"),
      """Hi Ashley,

You're booked! Here are your details:

Appointment: New client visit (60 min)
With:        Maddie L.
Date:        Saturday, October 12, 2024
Time:        11:00 AM
Location:    77 Market St, Suite 5, Portsmouth, NH

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
<tr><td style="color:#8a7b72;width:110px;">Appointment</td><td>New client visit (60 min)</td></tr>
<tr><td style="color:#8a7b72;">With</td><td>Maddie L.</td></tr>
<tr><td style="color:#8a7b72;">Date</td><td>Saturday, October 12, 2024</td></tr>
<tr><td style="color:#8a7b72;">Time</td><td>11:00 AM</td></tr>
<tr><td style="color:#8a7b72;">Location</td><td>77 Market St, Suite 5, Portsmouth, NH</td></tr>
</table></td></tr>
<tr><td style="padding:20px 32px 28px;font-size:14px;color:#8a7b72;">Need to change something? Reply to this email or call (603) 555-0129.</td></tr>
</table></td></tr></table>
</body></html>
""", enc="quoted-printable"),

    E("twin: B-encoded emoji subject, reminder",
      LUM, addr("Carla Jimenez", "carlajimenez@icloud.com"),
      "Your appointment is tomorrow ✨",
      when("2024-07-08 15:30"),
      """Hi Carla,

Just a reminder that your appointment with Dr. Ames is tomorrow, Tuesday July 9 at 1:00 PM.

Plan for about 45 minutes total. Street parking on Larchmont is 2-hour metered, or there's a free lot behind the bank on Beverly.

""" + LUM_SIG, subj_enc="B", enc="8bit"),

    E("twin: Korean appointment confirmation, base64",
      HAN, addr("김지은", "jieun.kim.la@gmail.com"),
      "예약 확인 안내",
      when("2024-09-19 10:05"),
      """김지은 고객님, 안녕하세요.

9월 24일(화) 오후 3시 예약이 확정되었습니다.

방문 안내:
- 건물 지하 주차장을 이용하시면 2시간 무료 주차가 가능합니다.
- 예약 시간 10분 전까지 도착해 주세요.

변경이 필요하시면 (213) 555-0125로 연락 주세요.
감사합니다.

""" + HAN_SIG, enc="base64"),

    E("twin: Spanish reminder, Q subject, QP",
      MAG, addr("Rosa Medina", "rosamedina305@gmail.com"),
      "Su próxima cita en Magnolia",
      when("2024-03-11 09:20", "-0400"),
      """Hola Rosa,

Le recordamos su cita el miércoles 13 de marzo a las 10:30 am.

Por favor llegue 10 minutos antes para actualizar sus datos. Si necesita cambiar la hora, llámenos con 24 horas de anticipación.

Saludos cordiales,

""" + MAG_SIG, enc="quoted-printable", subj_enc="Q"),

    E("twin: French reminder, Q-encoded subject",
      addr("Clinique Esthétique Beaumont", "contact@clinique-beaumont.fr"),
      addr("Camille B.", "camille.b@orange.fr"),
      "Rappel : votre rendez-vous de mardi",
      when("2024-11-05 17:15", "+0100"),
      """Bonjour Madame,

Nous vous rappelons votre rendez-vous du mardi 12 novembre à 11 h.

Merci de vous présenter à l'accueil 10 minutes avant l'heure prévue. En cas d'empêchement, prévenez-nous au moins 48 h à l'avance.

Cordialement,
Le secrétariat
Clinique Esthétique Beaumont, 14 rue de la Paix, 75002 Paris
01 55 55 01 22""", subj_enc="Q", enc="quoted-printable"),

    E("twin of .ics email: add-to-calendar LINK, no attachment",
      HARB, addr("Ben Carter", "bencarter.sd@gmail.com"),
      "Appointment: Thu Jun 13, 10:15 AM",
      when("2024-06-06 12:00"),
      """Hi Ben,

Your appointment is on Thursday, June 13 at 10:15 AM.

Add it to your calendar: https://harborderm.com/appt/cal?c=K7QX2M

""" + HARB_SIG),

    E("twin of vCard email: number in body, no attachment",
      BELL, addr("Chris Nolan", "cnolan77@gmail.com"),
      "Save our number",
      when("2024-01-09 10:00"),
      """Hi Chris,

So our texts don't end up filtered, save us in your phone as "Bellevue Plastic Surgery" at (425) 555-0150.

""" + BELL_SIG),

    E("twin of inline-image newsletter: same HTML, no image",
      LUM, addr("Lumière friends", "friends@lumiereaesthetics.com"),
      "Holiday hours + gift cards",
      when("2024-12-02 09:00"),
      """Happy holidays from all of us at Lumière!

Holiday hours: closed Dec 24-26 and Jan 1. Open regular hours otherwise.

Gift cards: buy $200 and get a $40 bonus card through Dec 31, in the studio or online.

""" + LUM_SIG,
      html="""<html><body style="font-family:Georgia,serif;color:#2e2a27">
<p style="text-align:center;font-size:28px;letter-spacing:4px">LUMI&Egrave;RE</p>
<h2 style="text-align:center">Happy holidays from all of us at Lumi&egrave;re!</h2>
<p><b>Holiday hours:</b> closed Dec 24&ndash;26 and Jan 1. Open regular hours otherwise.</p>
<p><b>Gift cards:</b> buy $200 and get a $40 bonus card through Dec 31, in the studio or online.</p>
<p>Tara Whitman, RN<br>Lumi&egrave;re Aesthetics<br>412 N Larchmont Blvd, Los Angeles, CA 90004<br>(323) 555-0141</p>
</body></html>
""", enc="quoted-printable"),

    E("twin of PDF statement: statement in body + pay link",
      CEDAR, addr("Paul Meyer", "pmeyer@mchsi.com"),
      "Your statement",
      when("2024-04-01 08:00", "-0500"),
      """Hi Paul,

Your statement is ready.

Balance due: $85.00
Due date: April 30, 2024
Statement #: 2024-04-118832

Pay online at cedarvalleyderm.com/pay or call us at (319) 555-0166.

Thank you!

""" + CEDAR_SIG),

    E("twin of deep-quoted reply: parking thread without PHI",
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
>>> Hi! Where should I park Friday for my appointment? My husband is
>>> driving me and he'll wait.
""", extra=[("In-Reply-To", "<CAB7robin2@mail.gmail.com>"), ("References", "<CAB7robin1@mail.gmail.com> <CAB7robin2@mail.gmail.com>")]),

    E("twin of forwarded-subject email: generic forwarded scheduling note",
      AVA, addr("Trish Galloway", "trishg@cox.net"),
      "Fwd: scheduling",
      when("2024-04-12 09:30"),
      """Hi Trish, see below from Dr. Morgan's assistant, let me know which time works!

---------- Forwarded message ---------
From: Kenzie Hart <khart@avaloncosmetic.com>
Date: Thu, Apr 11, 2024 at 5:20 PM
Subject: Reschedule - Galloway
To: Care Team <care@avaloncosmetic.com>

Dr. M has Apr 22 at 10 or Apr 24 at 2.
"""),

    E("twin of quoted-patient email: patient asks about hours",
      VERVE, addr("Jane Albee", "janealbee@gmail.com"),
      "Re: quick question",
      when("2024-09-03 10:10", "-0500"),
      """Got it Jane! Yes, we're open until 7 on Thursdays now, so 6:15 works great. I'll put you down.

Alyssa

On Sep 2, 2024, at 9:48 PM, Jane Albee <janealbee@gmail.com> wrote:
> Hi, are you open late on Thursdays now? Could I come in around 6:15?
"""),

    E("twin of card-on-file: last-4 only",
      GLOW, addr("Sam Ortiz", "samortiz@gmail.com"),
      "Card on file",
      when("2024-08-29 10:00", "-0400"),
      """Hi Sam,

Our system flagged the card on file (Mastercard ending in 9047, exp 07/24) as expired. If you have a new card please call us or update it in the app.

""" + GLOW_SIG),

    E("twin of base64 HTML receipt: generic line items",
      SOL, addr("Chloe Park", "chloepark@gmail.com"),
      "Your receipt from Solstice Skin",
      when("2024-06-28 16:15"),
      """Receipt #SS-30118

Service                     $270.00
Member discount (10%)       -$27.00
Tax                            $0.00
Total                        $243.00

Paid with Visa ending 3016. Thank you!
""",
      html="""<html><body style="font-family:Arial;font-size:14px;color:#222">
<h3 style="margin:0 0 8px">Receipt #SS-30118</h3>
<table cellpadding="6" style="border-collapse:collapse;width:360px">
<tr><td>Service</td><td align="right">$270.00</td></tr>
<tr><td>Member discount (10%)</td><td align="right">-$27.00</td></tr>
<tr><td>Tax</td><td align="right">$0.00</td></tr>
<tr style="border-top:1px solid #ccc;font-weight:bold"><td>Total</td><td align="right">$243.00</td></tr>
</table>
<p>Paid with Visa ending 3016. Thank you!</p>
</body></html>
""", enc="base64"),

    E("twin of directory-name confirmation: first name + initial",
      STER, addr("D. O.", "dokafor.mail@gmail.com"),
      "Appointment confirmation",
      when("2024-08-01 12:30", "-0400"),
      """Appointment confirmation

Patient: Danielle O.
Date: Tuesday, August 6, 2024
Time: 10:00 AM
Location: 15 Newbury St, 3rd Floor, Boston

Please arrive 15 minutes early. To cancel or reschedule call 617-555-0193.

""" + STER_SIG),

    E("twin of registration-with-DOB: DOB cue, no date",
      HARB, addr("Rachel Gold", "rachelg@gmail.com"),
      "Welcome to Harbor Dermatology",
      when("2024-01-16 10:10"),
      """Hi Rachel,

Welcome! We've created your account. At your first visit, please bring a photo ID so we can verify your name and date of birth, plus your insurance card if you have one.

If you'd like to update your phone number or preferred pharmacy before then, just reply to this email.

""" + HARB_SIG),

    E("twin of SSN email: asks patient to call, no digits",
      AVA, addr("Renee Castillo", "reneecastillo@gmail.com"),
      "Financing application - info needed",
      when("2024-05-09 10:40"),
      """Hi Renee,

We started your patient financing application but the lender needs to verify a couple of details. Please call me directly at 480.555.0120 when you have 5 minutes. For your security, please don't send personal information by email.

Thanks,
Dana, Patient Financing
""" + AVA_SIG),

    E("twin of MRN email: records sent, no number",
      NORTH, addr("Paula Stein", "paulastein@yahoo.com"),
      "Records release",
      when("2024-06-03 11:15", "-0500"),
      """Hi Paula,

We received your signed authorization and your records were faxed to Dr. Hernandez's office this morning.

Please allow a couple of days for them to be processed on their end.

""" + NORTH_SIG),

    E("twin of patient-ID email: portal invite code only",
      HARB, addr("Owen Price", "owen.price@gmail.com"),
      "Your patient portal invitation",
      when("2024-09-12 08:05"),
      """Hi Owen,

You're invited to our new patient portal! Register at portal.harborderm.com with this email address and the invitation code below:

Invitation code: 7HQ-22P

The invite expires in 7 days.

""" + HARB_SIG),

    E("twin of member-ID email: asks for card, no number",
      HARB, addr("Kevin Ng", "kevinng@gmail.com"),
      "Insurance info",
      when("2024-03-04 09:00"),
      """Hi Kevin,

Quick favor: could you bring your insurance card to your next visit, or upload a picture of the front and back in the portal under Profile > Insurance? Our copy is hard to read.

Thanks!

""" + HARB_SIG),

    E("twin of hidden-preheader newsletter: generic preheader",
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
<div style="display:none;font-size:1px;color:#faf7f2;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">New Saturday hours + $40 gift card bonus &#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="580" cellpadding="14" style="background:#fff;font-family:Georgia,serif;color:#333">
<tr><td><h1 style="font-weight:normal">Your June perks are here!</h1></td></tr>
<tr><td>&bull; Buy a $200 gift card, get $40 free.<br>&bull; Refer a friend, you both get $50.<br>&bull; New Saturday hours start June 8: 9 AM to 3 PM.</td></tr>
<tr><td>See you soon,<br>Lumi&egrave;re Aesthetics</td></tr>
</table></td></tr></table></body></html>
""", enc="quoted-printable"),

    E("twin of URL-query email: booking link with promo only",
      GLOW, addr("", "promos@glowmedspa.com"),
      "A little something for you 💌",
      when("2024-02-08 10:00", "-0500"),
      """Valentine's week is here!

We're holding a few extra openings this week just for our regulars. Grab one before they're gone:

https://glowmedspa.com/book?promo=VDAY24&utm_source=email&utm_campaign=vday

Love,
The Glow Team""",
      html="""<html><body style="font-family:Helvetica,Arial;text-align:center;color:#5b2a3c">
<h2>Valentine&#39;s week is here!</h2>
<p>We&#39;re holding a few extra openings this week just for our regulars.</p>
<p><a href="https://glowmedspa.com/book?promo=VDAY24&amp;utm_source=email&amp;utm_campaign=vday" style="background:#d9477a;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">Grab a spot</a></p>
<p>Love,<br>The Glow Team</p></body></html>
""", enc="quoted-printable"),

    E("twin of HTML-only entity email: entities, no product",
      LUM, addr("Nina Ross", "ninaross@gmail.com"),
      "Your appointment on Friday",
      when("2024-04-22 12:00"),
      "",
      html="""<html><body style="font-family:Georgia,serif;font-size:16px;color:#2e2a27">
<p>Hi Nina,</p>
<p>Just a heads-up: we had to shift Friday&rsquo;s schedule by 30 minutes, so you&rsquo;re now at 11:30 instead of 11:00. Caf&eacute; Lumi&egrave;re next door is on us if you&rsquo;re early!</p>
<p>Tara Whitman, RN<br>Lumi&egrave;re Aesthetics &middot; (323) 555-0141</p>
</body></html>
""", html_only=True, enc="8bit"),

    E("twin of ZWSP email: QP, no product",
      GLOW, addr("Paige Holt", "paigeholt@gmail.com"),
      "Friday is booked",
      when("2024-04-10 15:50", "-0400"),
      """Hi Paige,

You're all set for Friday at 12:30 with Maddie. Street parking is free after noon on Fridays, or use the Hanover garage.

""" + GLOW_SIG, enc="quoted-printable"),

    E("twin of CRLF newsletter: generic news",
      PAC, addr("", "news@pacificcontour.com"),
      "What's new at Pacific Contour",
      when("2024-10-01 08:00"),
      """Hello from Pacific Contour!

This fall we're extending our hours: Tuesdays and Thursdays we'll be open until 7 PM.

We're also excited to welcome our new patient coordinator, Sienna, who joins us from Portland. Say hi when you're in!

Our holiday gift card sale starts November 15.

""" + PAC_SIG, crlf=True),

    E("twin of chit-chat wedding email: no treatment",
      LUM, addr("Lindsey Hart", "lindseyhart@gmail.com"),
      "So happy for you!",
      when("2024-06-19 14:30"),
      """Lindsey!!

Your wedding photos are STUNNING, thank you for sending them. That venue, that dress, that sunset! Congrats again to you and Matt, we hope the honeymoon is amazing.

Tara""", enc="quoted-printable"),

    E("twin of directions email: generic visit",
      BELL, addr("Megan Cole", "megancole@gmail.com"),
      "Directions for Tuesday",
      when("2024-05-10 11:00"),
      """Hi Megan,

For your visit on Tuesday, please use our main clinic entrance on the south side of the building. Park in Garage B, level 1, and take the elevator to the 2nd floor, Suite C-250.

Check-in is at 9:15 AM. Your husband is welcome to wait in the lobby, we have coffee and Wi-Fi.

""" + BELL_SIG),

    E("twin of reschedule email: no treatment",
      OAK, addr("Hailey Stone", "haileystone@gmail.com"),
      "Need to move your Thursday appointment",
      when("2024-10-07 09:15", "-0500"),
      """Hi Hailey,

So sorry, Nurse Jenna is out Thursday for a family emergency. Can we move you to next Monday at 4:30 or Wednesday at 11?

""" + OAK_SIG),

    E("twin of gift card email: no service named",
      GLOW, addr("Gift Cards", "giftcards@glowmedspa.com"),
      "You've received a Glow gift card!",
      when("2024-12-20 09:00", "-0500"),
      """You've received a $150 Glow Med Spa gift card from Sarah!

Message: "Merry Christmas!! Go treat yourself, you deserve it 💆‍♀️"

Gift card code: GLOW-7H2K-99QP
Redeem toward any service or retail purchase. Never expires.

""" + GLOW_SIG),

    E("twin of membership summary: credits without treatments",
      SOL, addr("Alexa Ruiz", "alexaruiz@gmail.com"),
      "Your membership summary",
      when("2024-07-01 06:00"),
      """Hi Alexa,

Here's your July membership summary:

Plan: Glow+ ($179/mo)
Banked credits: 2
Next billing date: 08/01/2024 (Visa ending 6610)

Credits roll over for 3 months.

""" + SOL_SIG),

    E("twin of review request: no service named",
      OAK, addr("Ivy Chen", "ivychen@gmail.com"),
      "How was your visit?",
      when("2024-07-19 19:00", "-0500"),
      """Hi Ivy,

Thank you for choosing Oak & Ivy! We'd love to hear how your first visit went. Would you leave us a quick review?

https://g.page/r/oak-and-ivy/review

""" + OAK_SIG),

    E("twin of referral email: no product named",
      NORTH, addr("", "hello@northsidederm.org"),
      "Share the love",
      when("2024-11-20 10:00", "-0600"),
      """Know someone looking for a new dermatologist?

Refer a friend to Northside and you'll each get a $50 credit. Just have them mention your name when they book.

""" + NORTH_SIG, preheader="You and a friend both get $50"),

    E("twin of Spanish promo: gift card sale",
      MAG, addr("", "promos@magnoliaaesthetics.com"),
      "¡Especial de primavera en Magnolia! 🌸",
      when("2024-03-20 09:00", "-0400"),
      """¡Llegó la primavera!

Durante todo abril:
- Compre una tarjeta de regalo de $100 y reciba $20 adicionales
- 10% de descuento en productos de venta al público
- Sorteo de una canasta de regalo entre quienes nos dejen una reseña

Llámenos al (305) 555-0182 o visite magnoliaaesthetics.com

""" + MAG_SIG, subj_enc="B", enc="quoted-printable", preheader="Tarjetas de regalo con bono todo abril"),

    E("twin of new-injector bio: new front desk hire",
      LUM, addr("", "list@lumiereaesthetics.com"),
      "Meet Kendra!",
      when("2024-08-05 09:30"),
      """Meet the newest face at our front desk, Kendra!

Kendra has 8 years of experience in hospitality and will be the one greeting you, juggling the schedule and making sure the coffee never runs out. Outside the studio you'll find her on a paddleboard or at her kids' soccer games.

Stop by and say hi!

""" + LUM_SIG),

    E("twin of newsletter-with-table: hours and events table",
      OAK, addr("", "newsletter-list@oakandivy.studio"),
      "June at Oak & Ivy ☀️",
      when("2024-06-01 07:00", "-0500"),
      """June at Oak & Ivy

What's happening this month:
- Summer hours: open until 7 PM Tue-Thu
- Gift card sale: 15% off through June 30
- Juneteenth: closed Wednesday June 19

Book online at oakandivy.studio/book or call 615-555-0138.

""" + OAK_SIG,
      html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef0ea">
<div style="display:none;max-height:0;overflow:hidden">Summer hours, a gift card sale &amp; more this June</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="font-size:26px;color:#3d5a3a">June at Oak &amp; Ivy</td></tr>
<tr><td><b>What&#39;s happening this month</b>
<table width="100%" cellpadding="8" style="border-collapse:collapse">
<tr style="background:#f3f5ef"><td>Summer hours</td><td align="right">Open until 7 PM Tue&ndash;Thu</td></tr>
<tr><td>Gift card sale</td><td align="right">15% off through June 30</td></tr>
<tr style="background:#f3f5ef"><td>Juneteenth</td><td align="right">Closed Wed June 19</td></tr>
</table></td></tr>
<tr><td align="center"><a href="https://oakandivy.studio/book" style="background:#3d5a3a;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Book now</a></td></tr>
<tr><td style="font-size:12px;color:#888">Oak &amp; Ivy Skin Studio &middot; 1808 21st Ave S, Nashville, TN 37212 &middot; 615-555-0138<br><a href="https://oakandivy.studio/unsub">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
""", enc="quoted-printable"),

    E("twin of 'tox' short note: generic",
      LUM, addr("Steph", "steph.kwan@gmail.com"),
      "your appt",
      when("2024-10-23 13:00"),
      """hey Steph! got you on the books for next Wed at 5:15 w/ Tara. see you then!"""),

    E("twin of Cc confirmation: generic times",
      AVA, addr("Kim Dalton", "kimdalton@gmail.com"),
      "Confirmed: Thursday 4/25",
      when("2024-04-18 17:00"),
      """Hi Kim,

Confirmed for Thursday 4/25:

  2:00 PM  with Kenzie, RN
  2:30 PM  with Bella

You'll be with us about an hour. See you then!

""" + AVA_SIG, cc=addr("Rick Dalton", "rickdalton@gmail.com")),

    E("twin of Portuguese email: appointment confirmation",
      addr("Estética Bem Estar", "contato@bemestar-estetica.com.br"),
      addr("Vanessa D.", "vanessa.d@gmail.com"),
      "Confirmação do seu horário",
      when("2024-08-22 18:00", "-0300"),
      """Oi Vanessa!

Seu horário está confirmado para quinta-feira, 29 de agosto, às 15h.

Nosso endereço: Rua Oscar Freire, 1200, sala 4, São Paulo. Tem estacionamento conveniado no número 1180.

Qualquer dúvida é só chamar no WhatsApp (11) 95555-0148.

Beijos,
Equipe Bem Estar""", subj_enc="B", enc="quoted-printable"),

    E("twin of Spanish DOB email: asks to verify address",
      MAG, addr("M. Vega", "mvega.family@gmail.com"),
      "Actualización de sus datos",
      when("2024-06-04 10:00", "-0400"),
      """Hola,

Al revisar su cuenta notamos que su dirección postal está incompleta. ¿Nos puede enviar el número de apartamento y el código postal? Lo necesitamos para enviarle sus recibos.

Gracias,
""" + MAG_SIG, enc="quoted-printable", subj_enc="B"),

    E("twin of HTML-only DOB: intake complete, HTML table without DOB",
      STER, addr("Mei-Ling C.", "meiling.chen@gmail.com"),
      "Your intake is complete",
      when("2024-03-08 09:10", "-0500"),
      """Hi Mei-Ling,

Thanks for completing your intake form! We'll see you Tuesday at 2:00 PM.

""" + STER_SIG,
      html="""<html><body style="font-family:Arial">
<p>Hi Mei-Ling,</p>
<p>Thanks for completing your intake form! We&#39;ll see you Tuesday at 2:00 PM.</p>
<table style="font-size:12px;color:#777"><tr><td>Form:</td><td>New Patient Intake</td></tr>
<tr><td>Submitted:</td><td>03/07/2024 9:52 PM</td></tr></table>
<p>Colleen Burke | Patient Care Coordinator<br>Sterling Facial Plastics<br>T 617-555-0193</p>
</body></html>
"""),

    # ================================================================ near-miss vocabulary
    E("near-miss: directions with wheelchair 'lift', 'Space Needle', 'Contour' building",
      PAC, addr("Ellen Ward", "ellenward@gmail.com"),
      "Getting here",
      when("2024-02-20 14:00"),
      """Hi Ellen,

Here's how to find us for Thursday:

We're at 500 Mercer St, about 5 minutes from the Space Needle, in the glass building called Contour Commons. The main entrance has a few steps; if that's tricky, use the accessible side entrance on 5th Ave N, which has a wheelchair lift.

Parking: the Mercer garage across the street (we validate 2 hours), or metered street parking on Mercer.

Bus: the RapidRide D stops one block away.

""" + PAC_SIG),

    E("near-miss: privacy notice with generic 'treatment, payment, operations'",
      HARB, addr("", "privacy@harborderm.com"),
      "We've updated our Notice of Privacy Practices",
      when("2024-02-01 08:00"),
      """Dear Patient,

We have updated our Notice of Privacy Practices, effective February 16, 2024. The notice describes how we may use and share health information for treatment, payment and health care operations, and explains your rights, including your right to request a copy of your records.

You can read the full notice at harborderm.com/privacy or ask for a paper copy at your next visit. You do not need to do anything in response to this email.

Privacy Officer
""" + HARB_SIG),

    E("near-miss: staff chit-chat recipe with 'orange peel'",
      CEDAR, addr("Barb", "barbhenning@mchsi.com"),
      "the cranberry sauce recipe!",
      when("2024-11-26 12:15", "-0600"),
      """Hi Barb!

You asked for my cranberry sauce recipe so here it is, my grandma's version:

1 bag fresh cranberries
3/4 cup sugar
1 cup orange juice
Zest of 1 orange (grate the peel, skip the white part, it's bitter)
Pinch of cinnamon

Simmer 10 minutes until the berries pop. Cool and refrigerate overnight.

Happy Thanksgiving to you and Gary!
Deb at the front desk"""),

    E("near-miss: portal help with 'form filler' autofill",
      STER, addr("Tom Reilly", "treilly@gmail.com"),
      "Re: portal won't take my address",
      when("2024-05-06 10:30", "-0400"),
      """Hi Tom,

Sorry for the trouble! We've seen this with some browsers' built-in form filler: it drops the apartment number into the city field, and the portal then rejects the ZIP. Try typing the address in by hand, or turning off autofill just for this page.

If it still won't go through, reply with your address and I'll update it for you.

""" + STER_SIG + """

On Mon, May 6, 2024 at 9:02 AM Tom Reilly <treilly@gmail.com> wrote:
> The patient portal keeps saying my ZIP code is invalid. It's 02134.
"""),

    E("near-miss: open house with 'drip coffee', 'VIP treatment', 'shots' (photo)",
      SOL, addr("", "events@solsticeskin.co"),
      "You're invited: Solstice turns 5 🎉",
      when("2024-09-03 09:00"),
      """Solstice turns 5!

Join us Thursday, September 19, 5-8 PM for our birthday party:
- Local drip coffee and mocktails from Sol Café
- A photo booth (we'll post the best shots on our page!)
- Raffle prizes and 20% off gift cards all night
- VIP treatment for our members: early entry at 4:30

RSVP at solsticeskin.co/party

""" + SOL_SIG, preheader="Coffee, photo booth and a raffle"),

    E("near-miss: neighbor dental 'implant center' in directions",
      OAK, addr("Ruth Alston", "ruthalston@bellsouth.net"),
      "Finding us",
      when("2024-03-01 16:20", "-0600"),
      """Hi Ruth,

A lot of people miss us the first time! We share a driveway with Music Row Implant & Family Dentistry. Pull in past their sign, and we're the white brick building in the back with the green door. Parking is free in front.

See you Tuesday!

""" + OAK_SIG),

    E("near-miss: charity 5K 'lift each other up'",
      NORTH, addr("", "hello@northsidederm.org"),
      "Run (or walk) with us!",
      when("2024-04-15 10:00", "-0500"),
      """Team Northside is running the Lincoln Park 5K on Saturday, May 18 to raise money for the Chicago Youth Shelter. Our theme this year: lift each other up!

Patients, friends and families are welcome to join our team. Sign up at northsidederm.org/5k. Everyone who joins gets a team shirt.

""" + NORTH_SIG),

    E("near-miss: 'consult the map', 'Peel St' parking",
      addr("Clinique Éclat", "info@cliniqueeclat.ca"),
      addr("Jenna Roy", "jennaroy@videotron.ca"),
      "Parking near our new office",
      when("2024-06-12 11:00"),
      """Hi Jenna,

Our new office is at 1200 Peel St, 4th floor, right by Peel metro station. Please consult the map on our website for the garage entrance, it's on de la Gauchetière, not on Peel.

See you on the 20th!

Clinique Éclat
1200 rue Peel, bureau 400, Montréal QC H3B 2T6
514-555-0170"""),

    E("near-miss: building notice forwarded, 'freight lift', 'drain'",
      BELL, addr("Nora Haines", "norahaines@gmail.com"),
      "Fwd: building maintenance Saturday",
      when("2024-08-14 15:00"),
      """Hi Nora, FYI for your Saturday visit, see below from our building manager. The main elevators are fine.

---------- Forwarded message ---------
From: Property Management <pm@112thplaza.com>
Date: Wed, Aug 14, 2024 at 1:20 PM
Subject: building maintenance Saturday
To: Tenants <tenants@112thplaza.com>

The freight lift will be out of service Saturday 8/17 from 7 AM to noon. Crews will also be clearing the storm drain at the garage entrance, so please use the north ramp.
"""),

    E("near-miss: 'grace period' + 'Dr. Grace Whitman' (not the directory patient)",
      SOL, addr("Liz Carver", "lizcarver@gmail.com"),
      "Membership payment",
      when("2024-10-03 09:00"),
      """Hi Liz,

Your membership payment didn't go through on 10/1. No stress, there's a 10-day grace period, so you have until 10/11 to update your card in the app.

Also, fun news: Dr. Grace Whitman is joining us on Saturdays starting in November!

""" + SOL_SIG),

    E("near-miss: 'Summer hours' + 'Hayes Valley' (not contiguous name)",
      addr("Fog City Skin", "hello@fogcityskin.com"),
      addr("", "friends@fogcityskin.com"),
      "Summer hours + a new location",
      when("2024-05-28 09:00"),
      """Summer hours start June 3: Monday-Friday 9-7, Saturday 10-4.

And we're growing! Our second studio opens July 8 in Hayes Valley, at 450 Hayes St. Same team, same coffee.

Fog City Skin · 2211 Fillmore St, San Francisco, CA 94115 · (415) 555-0149"""),

    E("near-miss: non-directory full name similar to patient (Megan Albright)",
      SOL, addr("Tasha", "tasha.m@gmail.com"),
      "Meet your new coordinator",
      when("2024-04-02 10:00"),
      """Hi Tasha,

Megan Albright is our new patient coordinator and she'll be your go-to for scheduling from now on. You can reach her directly at megan@solsticeskin.co or (720) 555-0135.

""" + SOL_SIG),

    E("near-miss: 'needle' in crafting chit-chat",
      OAK, addr("Gail", "gailwinters@gmail.com"),
      "Re: the blanket!!",
      when("2024-12-12 17:40", "-0600"),
      """Gail, I cannot believe you knitted that for us!! It's on the waiting room couch and everyone keeps asking about it. How long did it take you? I can barely thread a needle lol.

Thank you thank you thank you.
Marisa

> Thought the waiting room could use something cozy for winter :)
"""),

    E("near-miss: 'resurfacing' the parking lot, 'fill' the potholes",
      CEDAR, addr("", "patients@cedarvalleyderm.com"),
      "Parking lot closed Friday",
      when("2024-07-23 08:30", "-0500"),
      """Heads up! Our parking lot is being resurfaced this Friday, July 26. The crew will also fill the potholes by the entrance (finally!).

Please park at Westdale Church across the street. They've kindly offered their lot for the day, and our staff will be at the crosswalk to help.

""" + CEDAR_SIG),

    E("near-miss: 'shot' of insurance card (request), 'fill out' forms",
      BELL, addr("Dave Hughes", "davehughes@outlook.com"),
      "Before your first visit",
      when("2024-06-18 09:00"),
      """Hi Dave,

A couple of things before Thursday:

1. Please fill out the new patient forms at bellevueps.com/forms.
2. If you have insurance, snap a shot of the front and back of your card and upload it in the portal.
3. Arrive 15 minutes early.

""" + BELL_SIG),

    E("near-miss: 'sculpt' + 'contour' in class partner promo",
      GLOW, addr("", "promos@glowmedspa.com"),
      "Free class with our friends next door",
      when("2024-01-08 07:00", "-0500"),
      """New year, new routine! Our neighbors at Sculpt & Contour Pilates are offering Glow clients a free first class in January.

Just show your Glow gift card or app at their front desk (79 Market St, next door to us).

""" + GLOW_SIG),

    E("near-miss: practice name 'Plastic Surgery' + surgeon credentials in signature",
      MON, addr("Joy Banks", "joybanks@gmail.com"),
      "Welcome!",
      when("2024-03-18 11:00", "-0500"),
      """Hi Joy,

Welcome to Monarch Plastic Surgery! We received your online request and have you scheduled with Dr. Haas on Wednesday, April 3 at 1:30 PM.

Please complete your new patient paperwork at monarchps.com/forms at least a day before.

Warmly,
Priya

Dr. Martin Haas, MD, FACS
Board-Certified Plastic Surgeon
Monarch Plastic Surgery | 3300 Oak Lawn Ave, Suite 400, Dallas, TX 75219
Office (214) 555-0193"""),

    E("near-miss: provider NPI + tax ID in receipt footer",
      BELL, addr("Amy Lowe", "amylowe@gmail.com"),
      "Payment receipt",
      when("2024-09-30 14:20"),
      """Payment receipt

Date: 09/30/2024
Amount: $350.00
Method: Visa ending 1189
Receipt #: BPS-2024-09-3341

Bellevue Plastic Surgery, PLLC
Tax ID 84-2219073 | NPI 1639201847
1200 112th Ave NE, Suite C-250, Bellevue, WA 98004"""),

    E("near-miss: 16-digit gift card number failing Luhn + PIN",
      GLOW, addr("Ken Park", "kenpark@gmail.com"),
      "Your gift card purchase",
      when("2024-12-15 20:00", "-0500"),
      """Thank you for your purchase!

Gift card amount: $200.00
Card number: 6006 4921 3358 0174
PIN: 4471
Recipient: Jen

Paid with Amex ending 2008. Redeemable at any Glow Med Spa location.

""" + GLOW_SIG),

    E("near-miss: retail order shipped, USPS tracking + order number",
      SOL, addr("Claire Dunn", "clairedunn@gmail.com"),
      "Your order has shipped!",
      when("2024-11-27 13:10"),
      """Hi Claire,

Good news, your order #SS-10482 is on its way!

Items: 1 gift set
Shipping: USPS Priority Mail
Tracking: 9400 1118 9922 3845 7712 06

Estimated delivery: Monday, December 2.

""" + SOL_SIG),

    E("near-miss: payment confirmation with transaction ID and ZIP+4",
      AVA, addr("Jon Price", "jonprice@gmail.com"),
      "Payment received - thank you",
      when("2024-02-12 10:00"),
      """Hi Jon,

We received your online payment.

Amount: $125.00
Transaction ID: 8TK47910JA5520452
Billing ZIP: 85251-3418

Your balance is now $0.00.

""" + AVA_SIG),

    E("near-miss: dates that are not DOB (invoice, due, member since)",
      CEDAR, addr("Frank Ueda", "fueda@gmail.com"),
      "Invoice 2024-0417",
      when("2024-04-17 09:00", "-0500"),
      """Hi Frank,

Invoice #: 2024-0417
Invoice date: 04/17/2024
Due date: 05/17/2024
Patient since: 03/2011
Amount due: $45.00

Thank you for being with us all these years!

""" + CEDAR_SIG),

    E("near-miss: confirmation/cancellation code in cancellation email",
      HARB, addr("Lena Ortiz", "lenaortiz@gmail.com"),
      "Your appointment has been cancelled",
      when("2024-08-08 16:45"),
      """Hi Lena,

As requested, your appointment on Monday, August 12 at 3:30 PM has been cancelled.

Cancellation #: CX-558201

Whenever you're ready to rebook, reply to this email or call (619) 555-0172.

""" + HARB_SIG),

    E("near-miss: birthday email with no date",
      LUM, addr("Zoe Marsh", "zoemarsh@gmail.com"),
      "Happy birthday, Zoe! 🎂",
      when("2024-03-09 08:00"),
      """Happy birthday, Zoe!

From all of us at Lumière, we hope your day is full of good things. Your birthday gift: $25 off anything in the studio this month.

""" + LUM_SIG, subj_enc="B"),

    # ================================================================ everyday logistics
    E("scheduling back-and-forth, 3 levels of quoting",
      STER, addr("Nell Foster", "nellfoster@gmail.com"),
      "Re: Re: Re: next appointment",
      when("2024-06-25 14:40", "-0400"),
      """Perfect, you're booked for Tuesday July 9 at 3:15. See you then!

Colleen

On Tue, Jun 25, 2024 at 2:31 PM Nell Foster <nellfoster@gmail.com> wrote:
> Tuesday at 3:15 works!
>
> On Tue, Jun 25, 2024 at 11:02 AM Sterling Facial Plastics <info@sterlingfp.com> wrote:
>> Hi Nell, we have Tuesday 7/9 at 3:15 or Thursday 7/11 at 9:00. Any good?
>>
>> On Mon, Jun 24, 2024 at 8:45 PM Nell Foster <nellfoster@gmail.com> wrote:
>>> Hi! Can I get in sometime the week of July 8? Afternoons are best.
""", extra=[("In-Reply-To", "<CANell3@mail.gmail.com>"), ("References", "<CANell1@mail.gmail.com> <CANell2@mail.gmail.com> <CANell3@mail.gmail.com>")]),

    E("reply: can I bring my daughter",
      GLOW, addr("Marie Lang", "marielang@gmail.com"),
      "Re: Saturday",
      when("2024-07-11 12:10", "-0400"),
      """Of course! She's welcome to hang out in the lounge, we have snacks and Wi-Fi. See you Saturday!

Maddie

> Hi, is it ok if I bring my 12 year old daughter with me Saturday? She'll
> just sit in the waiting room.
"""),

    E("reply: parking validation question",
      NORTH, addr("Ed Kowal", "edkowal@gmail.com"),
      "Re: parking",
      when("2024-01-29 09:20", "-0600"),
      """Hi Ed,

Yes, we validate for the garage at 2400 N Clark for up to 2 hours. Just bring your ticket up to the front desk.

Jess

On Sun, Jan 28, 2024 at 6:40 PM Ed Kowal <edkowal@gmail.com> wrote:
> Do you validate parking? Coming in Tuesday.
"""),

    E("waitlist opening",
      OAK, addr("Sara Kim", "sarakim@gmail.com"),
      "An opening came up!",
      when("2024-05-14 08:10", "-0500"),
      """Hi Sara,

You asked to be on our waitlist, and we just had a cancellation for tomorrow (Wednesday) at 10:00 AM. Want it? Reply by noon today and it's yours.

""" + OAK_SIG),

    E("provider vacation reschedule",
      BELL, addr("Joel Baker", "joelbaker@gmail.com"),
      "Schedule change",
      when("2024-07-02 10:00"),
      """Hi Joel,

Dr. Yoon will be out of the office July 22-26. Your appointment on July 24 needs to move. We have:

- Monday, July 29 at 9:00 AM
- Tuesday, July 30 at 1:45 PM
- Friday, August 2 at 11:15 AM

Reply with the option that works best. Sorry for the inconvenience!

""" + BELL_SIG),

    E("weather closure",
      CEDAR, addr("", "patients@cedarvalleyderm.com"),
      "Closed today due to weather",
      when("2024-01-12 06:15", "-0600"),
      """Due to the blizzard warning, Cedar Valley Dermatology is closed today, Friday January 12. Stay safe and warm!

If you had an appointment today, we'll call you Monday to reschedule. For urgent matters, call (319) 555-0166 and follow the prompts to reach the on-call provider.

""" + CEDAR_SIG),

    E("office move announcement, ZIP+4",
      AVA, addr("", "news@avaloncosmetic.com"),
      "We're moving!",
      when("2024-08-01 09:00"),
      """Big news: Avalon is moving to a bigger, brighter space just down the road!

Starting Monday, September 9, you'll find us at:
7301 E Camelback Rd, Suite 150
Scottsdale, AZ 85251-3418

Same phone number, same team, more parking (free, covered!).

""" + AVA_SIG),

    E("phone system change",
      MON, addr("", "news@monarchps.com"),
      "New phone menu",
      when("2024-05-01 08:00", "-0500"),
      """We've updated our phone system to get you to the right person faster. When you call (214) 555-0193:

Press 1 to schedule or reschedule
Press 2 for billing
Press 3 for the surgery coordinator
Press 0 for the front desk

You can also text this same number during business hours.

""" + MON_SIG),

    E("late cancellation policy update",
      GLOW, addr("", "book@glowmedspa.com"),
      "An update to our cancellation policy",
      when("2024-02-26 12:00", "-0500"),
      """Hi friends,

Starting March 1, appointments cancelled with less than 24 hours' notice will have a $50 late cancellation fee, and no-shows will be charged $75. We know life happens, and the first one is always on us.

Thank you for helping us keep our schedule open for everyone!

""" + GLOW_SIG),

    E("address update request",
      HARB, addr("Gina Park", "ginapark@gmail.com"),
      "Mail returned",
      when("2024-03-21 11:30"),
      """Hi Gina,

Some mail we sent you was returned by the post office. Could you reply with your current mailing address, or update it in the portal under Profile?

Thanks!

""" + HARB_SIG),

    E("HSA/FSA question reply",
      SOL, addr("Rob Ellis", "robellis@gmail.com"),
      "Re: HSA card?",
      when("2024-10-10 13:00"),
      """Hi Rob,

Yes, we accept HSA and FSA cards like any other Visa or Mastercard. Whether a specific purchase is eligible is up to your plan, so we recommend keeping your receipts. We can email a detailed receipt anytime.

""" + SOL_SIG),

    E("card expiring soon, last-4",
      VERVE, addr("Lara Ives", "laraives@gmail.com"),
      "Your card on file expires soon",
      when("2024-06-24 09:00", "-0500"),
      """Hi Lara,

Just a heads-up: the Visa ending in 4410 on your account expires at the end of this month. To avoid any interruption, update it at vervewellness.health/account.

""" + VERVE_SIG),

    E("lost and found",
      LUM, addr("Bea Wong", "beawong@gmail.com"),
      "Is this yours?",
      when("2024-11-08 17:30"),
      """Hi Bea,

We found a gray cashmere scarf on the chair in the lounge after you left today. Is it yours? We'll keep it at the front desk.

Tara"""),

    E("holiday card",
      STER, addr("", "friends@sterlingfp.com"),
      "Happy holidays from Sterling",
      when("2024-12-18 09:00", "-0500"),
      """Wishing you a warm and joyful holiday season!

Our office will be closed December 24-25 and January 1. We'll be back with regular hours on January 2.

Thank you for being part of the Sterling family this year.

""" + STER_SIG, preheader="Wishing you a warm and joyful season"),

    E("thank you for flowers",
      MON, addr("Gloria", "gloria.reyes@gmail.com"),
      "The flowers!!",
      when("2024-04-19 12:00", "-0500"),
      """Gloria, the flowers are gorgeous!! They're on the front desk and make the whole lobby smell like spring. You really didn't have to, but we all loved it.

Hope you have a great weekend!
Priya and the whole Monarch team"""),

    E("practice award announcement",
      NORTH, addr("", "hello@northsidederm.org"),
      "Thank you, Chicago!",
      when("2024-09-15 10:00", "-0500"),
      """We're honored to be voted one of Chicago's Best Dermatology Practices by readers of Windy City Living for the third year in a row.

Thank you to every patient who voted, referred a friend, or left us a review. We couldn't do it without you.

""" + NORTH_SIG),

    E("online booking launched, HTML alt",
      HARB, addr("", "frontdesk@harborderm.com"),
      "Now booking online",
      when("2024-05-20 09:00"),
      """You can now book, reschedule and cancel your appointments online, 24/7!

Visit harborderm.com/book, pick a provider and a time, and you'll get a confirmation text right away.

Prefer the phone? We're still here at (619) 555-0172.

""" + HARB_SIG, preheader="Book, reschedule and cancel anytime"),

    E("meet the team bios, no services",
      OAK, addr("", "newsletter-list@oakandivy.studio"),
      "Get to know us",
      when("2024-02-15 08:00", "-0600"),
      """Get to know the Oak & Ivy team!

Marisa, studio manager: has been with us since day one, makes the best playlist in Nashville, and has two rescue greyhounds.

Nurse Jenna: grew up in Knoxville, will talk your ear off about pickleball.

Dr. Patel: medical director, marathoner, and the reason there is always dark chocolate at the front desk.

""" + OAK_SIG,
      html="""<html><body style="font-family:Helvetica,Arial;color:#333">
<h2 style="color:#3d5a3a">Get to know the Oak &amp; Ivy team!</h2>
<table cellpadding="10" width="100%">
<tr><td width="30%"><b>Marisa</b><br><i>Studio manager</i></td><td>Has been with us since day one, makes the best playlist in Nashville, and has two rescue greyhounds.</td></tr>
<tr><td><b>Nurse Jenna</b></td><td>Grew up in Knoxville, will talk your ear off about pickleball.</td></tr>
<tr><td><b>Dr. Patel</b><br><i>Medical director</i></td><td>Marathoner, and the reason there is always dark chocolate at the front desk.</td></tr>
</table>
<p style="font-size:12px;color:#888">Oak &amp; Ivy Skin Studio &middot; 1808 21st Ave S, Nashville, TN 37212 &middot; 615-555-0138</p>
</body></html>
""", enc="quoted-printable"),

    E("survey thank-you",
      AVA, addr("", "care@avaloncosmetic.com"),
      "You spoke, we listened",
      when("2024-10-28 10:00"),
      """Thank you to the 212 patients who answered our fall survey!

Here's what we're changing based on your feedback:
- Earlier Saturday hours (8 AM start)
- Text confirmations instead of phone calls
- A second espresso machine (you were very clear about this one)

""" + AVA_SIG),

    E("forms reminder with link to PDF (not attached)",
      MON, addr("Tia Grant", "tiagrant@gmail.com"),
      "Paperwork for your visit",
      when("2024-08-20 10:00", "-0500"),
      """Hi Tia,

Please complete your new patient paperwork before your visit on Monday. You can fill it out online at monarchps.com/forms, or print the packet here and bring it with you:

https://monarchps.com/downloads/new-patient-packet.pdf

It takes about 15 minutes.

""" + MON_SIG),

    E("deposit receipt for appointment, no procedure",
      AVA, addr("Cara Webb", "carawebb@gmail.com"),
      "Deposit received",
      when("2024-03-12 12:00"),
      """Hi Cara,

We received your $100 deposit to hold your appointment on Thursday, March 21 at 10:00 AM. It will be applied to your balance that day.

Receipt #: AV-DEP-22910
Paid: Visa ending 5528

""" + AVA_SIG),

    E("payment plan reminder",
      MON, addr("Ana Lugo", "analugo@gmail.com"),
      "Upcoming payment",
      when("2024-06-10 09:00", "-0500"),
      """Hi Ana,

This is a reminder that your next payment plan installment of $412.50 will be charged on June 15 to the card ending in 0093. Remaining balance after this payment: $1,237.50.

Questions? Call our billing office at (214) 555-0193, option 2.

""" + MON_SIG),

    E("statement ready + pay link, base64 body",
      NORTH, addr("Walt Dixon", "waltdixon@gmail.com"),
      "Statement available",
      when("2024-05-05 07:00", "-0500"),
      """Hi Walt,

A new statement is available in your portal.

Amount due: $60.00
Due by: 06/01/2024

Pay online: https://pay.northsidederm.org/s/Q8R2-7741

""" + NORTH_SIG, enc="base64"),

    E("check-in instructions, online check-in",
      HARB, addr("Vic Reyes", "vicreyes@gmail.com"),
      "Check in from your phone",
      when("2024-07-22 08:00"),
      """Hi Vic,

Skip the clipboard! About 15 minutes before your appointment today, you'll get a text with a check-in link. Tap it, confirm your info, and wait in your car or the lobby. We'll text you when your room is ready.

""" + HARB_SIG),

    E("running late notice by email",
      BELL, addr("Pam Ortiz", "pamortiz@gmail.com"),
      "Running a little behind",
      when("2024-09-05 13:40"),
      """Hi Pam,

Dr. Yoon is running about 25 minutes behind this afternoon. If you'd like, you can come in at 2:25 instead of 2:00. So sorry for the wait!

""" + BELL_SIG),

    E("staff chit-chat: book recommendation",
      STER, addr("June", "junebarrett@gmail.com"),
      "that book!",
      when("2024-08-27 18:00", "-0400"),
      """Hi June!

I finished the book you recommended last time, and wow. I stayed up until 2 AM. Colleen borrowed it now so it's making its way around the office. Any other recs for our next visit?

Colleen"""),

    E("staff chit-chat: new puppy",
      GLOW, addr("Rita", "ritafaye@gmail.com"),
      "Re: puppy pics!",
      when("2024-04-30 16:20", "-0400"),
      """RITA. He is perfect. The ears!! Maddie wants to know if you're bringing him next time 😂

Have fun with puppy training, and get some sleep when you can!

> Meet Waffles!! Couldn't wait to show you guys
"""),

    E("staff chit-chat: wedding congratulations, first name of directory patient",
      OAK, addr("Tatiana", "tati.v@gmail.com"),
      "Congratulations!!",
      when("2024-10-14 11:00", "-0500"),
      """Tatiana!!

We just heard the news, congratulations on your engagement! 💍 Marisa showed us the picture from the lake and we all cried a little.

Please tell us everything when you're in next month.

Love,
Everyone at Oak & Ivy"""),

    E("review request, HTML alt with button",
      PAC, addr("Drew Lin", "drewlin@gmail.com"),
      "Thanks for visiting us!",
      when("2024-06-14 18:00"),
      """Hi Drew,

Thanks for coming in today. If you have a minute, a Google review really helps a small practice like ours:

https://g.page/r/pacific-contour/review

""" + PAC_SIG,
      html="""<html><body style="font-family:Helvetica,Arial;color:#333">
<p>Hi Drew,</p>
<p>Thanks for coming in today. If you have a minute, a Google review really helps a small practice like ours.</p>
<p><a href="https://g.page/r/pacific-contour/review" style="background:#1c4e6b;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Leave a review</a></p>
<p>Lauren Sato<br>Pacific Contour Surgery<br>500 Mercer St, Suite 120, Seattle, WA 98109<br>(206) 555-0117</p>
</body></html>
"""),

    E("referral thank-you with credit",
      LUM, addr("Ivy Marsh", "ivymarsh@gmail.com"),
      "Thank you for the referral!",
      when("2024-09-09 12:00"),
      """Hi Ivy,

Your friend Carmen came in today and mentioned you sent her our way. Thank you! A $50 credit has been added to your account and will apply automatically at your next visit.

""" + LUM_SIG),

    E("unsubscribe confirmation",
      GLOW, addr("", "tomwebb@gmail.com"),
      "You've been unsubscribed",
      when("2024-03-03 21:00", "-0500"),
      """You've been unsubscribed from Glow Med Spa marketing emails. You'll still receive appointment confirmations and receipts.

Changed your mind? Resubscribe at glowmedspa.com/subscribe.

""" + GLOW_SIG),

    E("text messaging terms",
      HARB, addr("", "frontdesk@harborderm.com"),
      "Text reminders are here",
      when("2024-04-08 09:00"),
      """Good news: you can now get appointment reminders by text!

To opt in, text JOIN to (619) 555-0172. Message frequency varies. Msg & data rates may apply. Text STOP to opt out, HELP for help.

""" + HARB_SIG),

    E("hiring announcement",
      SOL, addr("", "news@solsticeskin.co"),
      "We're hiring!",
      when("2024-02-05 10:00"),
      """Solstice is growing and we're hiring a front desk coordinator (full time) and a weekend receptionist (part time).

Know someone friendly, organized and great with people? Send them to solsticeskin.co/careers. If we hire your referral, you'll get a $100 gift card!

""" + SOL_SIG),

    E("Spanish: office closure",
      MAG, addr("", "citas@magnoliaaesthetics.com"),
      "Horario especial de fin de año",
      when("2024-12-16 09:00", "-0500"),
      """Estimados pacientes:

Les informamos que la oficina estará cerrada del 24 al 26 de diciembre y el 1 de enero. Reabriremos el jueves 2 de enero en nuestro horario habitual.

¡Les deseamos felices fiestas!

""" + MAG_SIG, enc="quoted-printable"),

    E("Spanish: directions and parking",
      MAG, addr("Carmen Ruiz", "carmenruiz@gmail.com"),
      "Cómo llegar a nuestra oficina",
      when("2024-05-02 10:00", "-0400"),
      """Hola Carmen,

Estamos en el 2250 SW 8th St, segundo piso, al lado de la farmacia. Puede estacionarse gratis en el estacionamiento de atrás; la entrada es por la avenida 23.

Si viene en trolley, la parada de la calle 22 queda a una cuadra.

¡Nos vemos el martes!

""" + MAG_SIG, subj_enc="B", enc="8bit"),

    E("Spanish: payment receipt",
      MAG, addr("Luis Ortega", "luisortega@gmail.com"),
      "Recibo de pago",
      when("2024-07-09 15:00", "-0400"),
      """Hola Luis,

Gracias por su pago.

Fecha: 09/07/2024
Monto: $200.00
Método: tarjeta terminada en 3344
Recibo n.º: MA-77810

""" + MAG_SIG, enc="base64"),

    E("French: annual closure",
      addr("Clinique Esthétique Beaumont", "contact@clinique-beaumont.fr"),
      addr("", "patients@clinique-beaumont.fr"),
      "Fermeture estivale",
      when("2024-07-01 09:00", "+0200"),
      """Chère patiente, cher patient,

La clinique sera fermée du 5 au 25 août pour les congés d'été. Le secrétariat reste joignable par e-mail pendant cette période.

Nous vous souhaitons un très bel été !

Le secrétariat
Clinique Esthétique Beaumont, 14 rue de la Paix, 75002 Paris""", subj_enc="Q", enc="quoted-printable"),

    E("Vietnamese: appointment confirmation",
      addr("Saigon Skin Studio", "hello@saigonskin.com"),
      addr("Lan Tran", "lantran@gmail.com"),
      "Xác nhận lịch hẹn",
      when("2024-09-27 10:00"),
      """Chào chị Lan,

Lịch hẹn của chị vào thứ Bảy, ngày 5 tháng 10 lúc 10 giờ sáng đã được xác nhận.

Địa chỉ: 9200 Bolsa Ave, Suite 105, Westminster, CA 92683. Có chỗ đậu xe miễn phí phía sau tiệm.

Nếu cần đổi giờ, xin gọi (714) 555-0177.

Cảm ơn chị!
Saigon Skin Studio""", subj_enc="B", enc="quoted-printable"),

    E("CRLF plain confirmation, Outlook-style",
      addr("Dr. Ross Women's Health & Aesthetics", "office@drrossaesthetics.com"),
      addr("Beth Kearns", "bkearns@verizon.net"),
      "Appointment Confirmation",
      when("2024-02-22 15:00", "-0500"),
      """Dear Beth,

This email confirms your appointment with Dr. Ross on Thursday, February 29, 2024 at 10:30 AM.

Please bring a photo ID and arrive 15 minutes early. If you need to cancel, please give us 24 hours' notice.

Sincerely,

""" + ROSS_SIG, crlf=True),

    E("waitlist policy email, base64 HTML only",
      PAC, addr("", "team@pacificcontour.com"),
      "How our waitlist works",
      when("2024-03-25 10:00"),
      "",
      html="""<html><body style="font-family:Helvetica,Arial;color:#333">
<h3>How our waitlist works</h3>
<ol><li>Tell us the days and times that work for you.</li>
<li>When a spot opens, we text everyone on the list at once.</li>
<li>First to reply YES gets it!</li></ol>
<p>Pacific Contour Surgery &middot; (206) 555-0117</p>
</body></html>
""", html_only=True, enc="base64"),

    E("new patient welcome with office tour details",
      ROSS, addr("Kara Boyd", "karaboyd@gmail.com"),
      "Welcome to our practice",
      when("2024-01-22 10:00", "-0500"),
      """Dear Kara,

Welcome! We're looking forward to meeting you on February 6 at 9:00 AM.

What to expect: when you arrive, check in at the front desk on the 2nd floor. Our patient coordinator, Jamie, will give you a quick tour and answer any questions about scheduling and billing. Your visit with Dr. Ross will take about an hour.

Parking is free in the lot facing Kennedy Blvd.

""" + ROSS_SIG),

    E("gift card holiday sale with hidden preheader",
      AVA, addr("", "news@avaloncosmetic.com"),
      "Our biggest gift card sale of the year",
      when("2024-11-25 07:00"),
      """Black Friday through Cyber Monday only:

Buy $250 in gift cards, get $50 free.
Buy $500, get $125 free.

In the office or at avaloncosmetic.com/gift. Bonus cards valid January 1 to March 31.

""" + AVA_SIG, preheader="Get up to $125 free", enc="quoted-printable"),

    E("retail pickup ready",
      HARB, addr("Mona Fitch", "monafitch@gmail.com"),
      "Your order is ready for pickup",
      when("2024-08-19 11:00"),
      """Hi Mona,

Your order #HD-3307 is ready at the front desk. We're open 8-5 today. Just give your name at check-in.

""" + HARB_SIG),

    E("provider maternity leave notice, no patient clinical info",
      CEDAR, addr("", "patients@cedarvalleyderm.com"),
      "A note about Dr. Moreau's schedule",
      when("2024-08-30 10:00", "-0500"),
      """Dear patients,

Dr. Moreau will be on leave from October through December. During that time, Dr. Nguyen and our physician assistants will be seeing her patients, and your records and history will be right where you left them.

If you'd rather wait for Dr. Moreau, just let us know and we'll schedule you in January.

""" + CEDAR_SIG),

    E("Korean: office hours change",
      HAN, addr("", "info@hanbeautyla.com"),
      "진료 시간 변경 안내",
      when("2024-10-01 09:00"),
      """안녕하세요, 한뷰티 클리닉입니다.

10월 7일부터 토요일 진료 시간이 오전 9시부터 오후 3시까지로 변경됩니다.
평일 진료 시간은 기존과 동일합니다.

문의: (213) 555-0125

""" + HAN_SIG, enc="quoted-printable"),

    E("team lunch / closed for training",
      VERVE, addr("", "care@vervewellness.health"),
      "Closed Friday afternoon",
      when("2024-05-13 09:00", "-0500"),
      """Heads up: our office will close at noon this Friday, May 17, for our quarterly team training (and a team lunch!). Phone lines and the portal will be open as usual, and we'll answer messages Monday morning.

""" + VERVE_SIG),

    E("payment link via SMS-style short email",
      OAK, addr("Lily Shaw", "lilyshaw@gmail.com"),
      "your balance",
      when("2024-11-04 12:00", "-0600"),
      """Hi Lily! Here's the link for the $35 balance from Saturday: pay.oakandivy.studio/i/OI-8812 No rush, thanks!!"""),

    E("reply: patient asks about price match on gift cards",
      LUM, addr("Dana Frost", "danafrost@gmail.com"),
      "Re: gift card question",
      when("2024-12-03 10:40"),
      """Hi Dana,

Yes! The holiday bonus applies to gift cards bought online or in the studio, and you can split it across several cards. Bonus cards can be used starting January 1.

Tara

On Mon, Dec 2, 2024 at 8:15 PM Dana Frost <danafrost@gmail.com> wrote:
> Hi! If I buy two $100 cards does the bonus still apply?
"""),

    E("forwarded internal note: front desk coverage",
      NORTH, addr("Ed Kowal", "edkowal@gmail.com"),
      "Fwd: your call",
      when("2024-02-06 13:00", "-0600"),
      """Hi Ed, forwarding this so you have the direct line. Thanks for your patience!

---------- Forwarded message ---------
From: Jess Romero <hello@northsidederm.org>
Date: Tue, Feb 6, 2024 at 12:40 PM
Subject: your call
To: Billing <billing@northsidederm.org>

Ed Kowal called about the duplicate statement. Can someone call him back at 773-555-0190 today?
"""),

    E("new location grand opening",
      SOL, addr("", "news@solsticeskin.co"),
      "Solstice Highlands is open!",
      when("2024-03-04 09:00"),
      """Our second studio is officially open at 3450 W 32nd Ave in the Highlands!

Opening week perks: free coffee from Sol Café, a tote bag with every visit, and 20% off gift cards.

Book at either location at solsticeskin.co.

""" + SOL_SIG),

    E("follow-up after visit, generic",
      STER, addr("Nate Ruiz", "nateruiz@gmail.com"),
      "Thank you for coming in",
      when("2024-09-18 17:00", "-0400"),
      """Hi Nate,

It was great meeting you today. If any questions come up after you've had time to think things over, reply here or call me directly at 617-555-0193.

""" + STER_SIG),

    E("insurance: we are out-of-network (generic)",
      BELL, addr("Kyle Dorsey", "kyledorsey@gmail.com"),
      "Re: do you take my insurance?",
      when("2024-04-25 09:30"),
      """Hi Kyle,

We're out-of-network with most plans, but we're happy to give you a detailed receipt you can submit to your insurance for possible reimbursement. Many patients also use HSA or FSA cards.

""" + BELL_SIG + """

On Wed, Apr 24, 2024 at 7:12 PM Kyle Dorsey <kyledorsey@gmail.com> wrote:
> Do you take Premera?
"""),
]
