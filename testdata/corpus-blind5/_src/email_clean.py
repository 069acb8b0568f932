# Hand-written emails that carry NO PHI (no procedure/product/clinical detail,
# no patient identifiers, no directory full names, no attachments or images).
from common import NOT_CARDS, html_doc

EMAIL_CLEAN = []


def C(**kw):
    EMAIL_CLEAN.append(kw)


# 1
C(r="plain appointment reminder",
  frm=("Tidewater Dermatology", "appointments@tidewaterderm.com"),
  to=("Helen R.", "hruiz@example.org"),
  subj="Reminder: your appointment on Thursday",
  body="""Hi Helen,

This is a reminder of your appointment on Thursday, March 6 at 11:20 AM with Dr. Greer at our Harbor View office.

Please arrive 10 minutes early. If you need to cancel or reschedule, reply to this email or call (757) 555-0150 at least 24 hours ahead.

Tidewater Dermatology
240 Harbor View Dr, Suite 110, Norfolk VA 23510
""")

# 2
C(r="HTML reminder table + hidden preheader (parking tips)",
  frm=("Kestrel Aesthetics", "noreply@kestrelaesthetics.com"),
  to=("", "lauren.p@example.com"),
  subj="See you tomorrow!",
  cte="quoted-printable",
  body="""See you tomorrow!

Date: Wednesday, April 9
Time: 9:30 AM
Location: Kestrel Aesthetics, 501 Fremont Ave, Suite 2
Provider: Jess M.

Parking: free 2-hour parking in the Fremont Commons lot. The entrance is on 5th.

Need to reschedule? Call (206) 555-0119.
""",
  html=html_doc("Kestrel Aesthetics", """<h2 style="margin-top:0;">See you tomorrow!</h2>
<table cellpadding="8" cellspacing="0" border="0" style="background:#f7f7f7;width:100%;">
<tr><td width="120"><b>Date</b></td><td>Wednesday, April 9</td></tr>
<tr><td><b>Time</b></td><td>9:30 AM</td></tr>
<tr><td><b>Location</b></td><td>501 Fremont Ave, Suite 2</td></tr>
<tr><td><b>Provider</b></td><td>Jess M.</td></tr>
</table>
<p><b>Parking:</b> free 2-hour parking in the Fremont Commons lot. The entrance is on 5th.</p>
<p>Need to reschedule? Call <a href="tel:+12065550119">(206) 555-0119</a>.</p>""",
      preheader="Parking tips and everything you need for tomorrow"))

# 3
C(r="holiday closure (QP)",
  frm=("Marigold Dermatology Associates", "office@marigoldderm.com"),
  to=("Marigold patients", "patients@marigoldderm.com"),
  subj="Holiday hours",
  cte="quoted-printable",
  body="""Dear patients,

Our offices will be closed on Thursday, November 27 and Friday, November 28 for Thanksgiving. We will reopen Monday, December 1 at 8:00 AM.

For anything that can't wait, our answering service will take a message and the on-call provider will return your call.

We're grateful for you. Have a wonderful holiday!

Marigold Dermatology Associates
""")

# 4
C(r="billing statement HTML; near-miss identifiers: EIN, NPI, last-4",
  frm=("Riverbend Dermatology Billing", "billing@riverbendderm.com"),
  to=("", "jpeterson@example.com"),
  subj="Statement available - Invoice #RB-220571",
  cte="base64",
  body="""STATEMENT - Riverbend Dermatology

Invoice: RB-220571
Statement date: 05/02/2025
Date of service: 04/14/2025
Services rendered: office visit
Insurance paid: $96.00
Patient responsibility: $35.00
Card on file: Mastercard ending 3318

Riverbend Dermatology, PLLC | Tax ID 84-1937265 | Group NPI 1902837465
""",
  html=html_doc("Riverbend Dermatology", """<p style="margin-top:0;">Statement</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd;">
<tr><td>Invoice</td><td>RB-220571</td></tr>
<tr><td>Statement date</td><td>05/02/2025</td></tr>
<tr><td>Date of service</td><td>04/14/2025</td></tr>
<tr><td>Services rendered</td><td>Office visit</td></tr>
<tr><td>Insurance paid</td><td>$96.00</td></tr>
<tr><td><b>Patient responsibility</b></td><td><b>$35.00</b></td></tr>
<tr><td>Card on file</td><td>Mastercard ending 3318</td></tr>
</table>
<p style="font-size:12px;color:#777;">Riverbend Dermatology, PLLC &middot; Tax ID 84-1937265 &middot; Group NPI 1902837465</p>""",
      color="#2f6690"))

# 5
C(r="payment receipt, no services named",
  frm=("Pearl Street MedSpa", "receipts@pearlstreetmedspa.com"),
  to=("", "dwu@example.com"),
  subj="Receipt #R-55102",
  body="""Thank you for your payment!

Receipt: R-55102
Date: 01/18/2025
Amount: $250.00
Method: Visa ending 4412
Applied to: account balance

Pearl Street MedSpa
900 Pearl St, Boulder CO 80302 | (303) 555-0144
""")

# 6
C(r="gift card promo newsletter (HTML, hidden preheader)",
  frm=("Alder & Vine Med Spa", "offers@alderandvine.com"),
  to=("", "subscriber8812@example.net"),
  subj="The gift they'll actually use \U0001F381",
  html_cte="quoted-printable",
  cte="quoted-printable",
  body="""THE GIFT THEY'LL ACTUALLY USE

Buy $250 in gift cards, get a $50 bonus card for yourself.
Buy $500, get $125.

Available online or at the front desk through December 24. Digital cards are delivered instantly by email.
""",
  html=html_doc("Alder &amp; Vine Med Spa", """<h1 style="margin-top:0;font-size:26px;">The gift they'll actually use</h1>
<table cellpadding="10" cellspacing="0" width="100%">
<tr><td style="background:#eef3ee;">Buy <b>$250</b> in gift cards</td><td style="background:#eef3ee;">get a <b>$50</b> bonus card</td></tr>
<tr><td>Buy <b>$500</b></td><td>get <b>$125</b></td></tr>
</table>
<p>Available online or at the front desk through December 24. Digital cards are delivered instantly by email.</p>
<p style="text-align:center;"><a href="https://alderandvine.example/gift" style="background:#5b7553;color:#fff;padding:10px 18px;text-decoration:none;">Shop gift cards</a></p>""",
      color="#5b7553", preheader="Bonus cards on every gift card purchase this month"))

# 7
C(r="referral program",
  frm=("Saffron Skin Studio", "news@saffronskin.co"),
  to=("", "priya.r@example.com"),
  subj="Share the love, get $50",
  body="""Love Saffron? Share it!

When a friend books their first visit with your referral code, you'll both receive a $50 credit. There's no limit: refer five friends, earn $250.

Your code: SAFF-PR21

Credits appear on your account within 48 hours of your friend's visit and never expire.

Saffron Skin Studio
""")

# 8
C(r="review request",
  frm=("Oakhurst Dermatology", "feedback@oakhurstderm.com"),
  to=("", "t.nguyen@example.com"),
  subj="How did we do?",
  body="""Hi there,

Thank you for visiting Oakhurst Dermatology. We'd love to hear how your experience was. It takes less than a minute:

https://oakhurstderm.example/review?loc=main

Your feedback helps us improve and helps other people find us.

With gratitude,
The Oakhurst team
""")

# 9
C(r="new provider announcement (no specialties listed)",
  frm=("Bayview Dermatology", "news@bayviewderm.com"),
  to=("", "newsletter@bayviewderm.com"),
  subj="Please welcome Dr. Imani Brooks",
  body="""We're delighted to welcome Dr. Imani Brooks to Bayview Dermatology!

Dr. Brooks grew up in Tacoma, completed her residency in Chicago, and is board certified. Outside the office she coaches her daughter's soccer team and is always looking for the best taco truck in town.

She is now accepting new patients at our Ballard office, Monday through Thursday. Call (206) 555-0172 or book online.
""")

# 10
C(r="open house event; near-miss: cocktail hour, allegro vivace, ice sculpture",
  frm=("Monarch Facial Plastics", "events@monarchfacial.com"),
  to=("", "vip@monarchfacial.com"),
  subj="You're invited: Summer Soirée",
  html_cte="base64",
  cte="8bit",
  body="""YOU'RE INVITED: SUMMER SOIRÉE
Thursday, July 17, 6:00-8:30 PM
Monarch Facial Plastics, 1400 Lake St (rooftop terrace)

- Cocktail hour with local wines and a mocktail bar
- A string quartet playing everything from Vivaldi's allegro vivace to Taylor Swift
- An ice sculpture of our butterfly logo (come early before it melts!)
- Raffle for a $500 gift card

RSVP by July 10: events@monarchfacial.com
""",
  html=html_doc("Monarch Facial Plastics", """<h1 style="margin-top:0;">You're invited: Summer Soir&eacute;e</h1>
<p><b>Thursday, July 17 &middot; 6:00&ndash;8:30 PM</b><br>1400 Lake St (rooftop terrace)</p>
<ul>
<li>Cocktail hour with local wines and a mocktail bar</li>
<li>A string quartet playing everything from Vivaldi's <i>allegro vivace</i> to Taylor Swift</li>
<li>An ice sculpture of our butterfly logo (come early before it melts!)</li>
<li>Raffle for a $500 gift card</li>
</ul>
<p>RSVP by July 10.</p>""", color="#6d597a", preheader="Rooftop, music, raffle. RSVP by July 10."))

# 11
C(r="vendor: lift gate delivery of exam chairs, BOL number",
  frm=("Midwest Medical Furniture", "dispatch@mwmedfurniture.example"),
  to=("Office Manager", "manager@oakhurstderm.com"),
  subj="Delivery scheduled - BOL 5512093",
  body="""Hello,

Your order of 3 power exam chairs and 2 rolling stools is scheduled for delivery on Tuesday, 6/10, between 8 AM and 12 PM.

The freight carrier will use a lift gate since you have no dock at the Oakhurst Ave location. Please make sure someone can sign for the delivery and that the hallway to the rooms is clear.

BOL: 5512093
PRO number: 448-1920-77

Dispatch, Midwest Medical Furniture
""")

# 12
C(r="office supply order: peel-and-stick labels, laser printer toner",
  frm=("OfficeHub Orders", "orders@officehub.example"),
  to=("Front Desk", "frontdesk@vela-aesthetics.com"),
  subj="Order confirmation #OH-7720194",
  body="""Thanks for your order!

Order #OH-7720194 (placed 02/03/2025)

2 x Peel-and-stick address labels, 30/sheet (box of 100 sheets) ...... $41.98
1 x Laser printer toner, black, high-yield ............................ $89.99
3 x Copy paper, 10-ream case .......................................... $134.97
1 x Desk organizer ......................................................... $18.49

Subtotal: $285.43
Ships in 1-2 business days. Tracking will follow by email.
""")

# 13
C(r="IT notice: form filler extension, password manager",
  frm=("Harbor IT Support", "helpdesk@harborit.example"),
  to=("All Staff", "staff@tidewaterderm.com"),
  subj="Browser update tonight + form filler extension",
  body="""Hi all,

Tonight at 7 PM we'll push a browser update to all front desk and back office PCs. Please save your work and log out before you leave.

Also: the form filler extension some of you installed conflicts with the scheduling software. We'll remove it during the update. Use the password manager's autofill instead.

Thanks,
Harbor IT
""")

# 14
C(r="facilities: sink drain, orange peel wall texture",
  frm=("Greenway Property Management", "maintenance@greenwaypm.example"),
  to=("Suite 300 Tenant", "manager@halcyonps.com"),
  subj="Work order #2291 update",
  body="""Hi,

Update on your work orders:

#2291 - Staff bathroom sink drain: the plumber cleared the clog and replaced the P-trap. Closed.
#2294 - Hallway wall repair: drywall patch is done. Our painter will match the orange peel texture and paint on Saturday morning so it won't disturb your patients.

Let us know if anything else comes up.

Greenway Property Management
""")

# 15
C(r="HR: PTO policy + shot clock for email responses",
  frm=("Renee Caldwell, Practice Administrator", "rcaldwell@cedarridgeps.com"),
  to=("All Staff", "allstaff@cedarridgeps.com"),
  subj="Two updates: PTO requests and our response shot clock",
  body="""Team,

1) PTO: starting next month please submit requests in the HR portal at least 3 weeks ahead. Summer requests are approved first come, first served.

2) Response times: let's put a shot clock on it. Every voicemail and portal message gets a response within one business day, even if it's just "we're working on it."

Thanks for all you do.
Renee
""")

# 16
C(r="staff lunch: chicken mole, drip coffee, Halo Coffee Roasters",
  frm=("Tasha Greene", "tgreene@tidewaterderm.com"),
  to=("Tidewater Team", "team@tidewaterderm.com"),
  subj="Friday lunch is on us!",
  body="""Hi everyone!

To celebrate a great quarter, lunch Friday is catered by Casa Oaxaca: chicken mole, rice, beans, and a veggie option. Halo Coffee Roasters is donating drip coffee and cold brew for the afternoon.

Food arrives at 12:15 in the break room. Please stagger your lunch so the front desk is always covered.

Tasha
""")

# 17
C(r="directions with Suite B12 (near-miss B12), parking",
  frm=("Lumina Med Spa", "frontdesk@luminamedspa.com"),
  to=("", "new.client@example.com"),
  subj="Directions to our new location",
  body="""Hello and welcome!

We've moved to the Granary Building, 18 Mill Street. We're in Suite B12 on the lower level.

From the parking garage on Water St, take elevator B down to LL and turn left. We're the second door past the bakery.

Parking: first 90 minutes free with validation at our front desk.

See you soon,
Lumina Med Spa
""")

# 18
C(r="reply chain, all scheduling, no clinical content",
  frm=("Oakhurst Dermatology", "frontdesk@oakhurstderm.com"),
  to=("Samir Haddad", "samir.h@example.com"),
  subj="Re: Moving my appointment",
  hdr=[("In-Reply-To", "<sh-3310@example.com>"), ("References", "<sh-3310@example.com>")],
  body="""Hi Samir,

No problem, we moved you to Friday, May 23 at 3:30 PM with the same provider. You'll get a reminder text two days before.

Have a great weekend,
Lisa, front desk

On Thu, May 15, 2025 at 8:01 AM Samir Haddad <samir.h@example.com> wrote:
> Hi, something came up at work on the 20th. Could I move to later in the
> week, ideally Friday afternoon? Thanks!
> Samir
""")

# 19
C(r="forward: landlord elevator notice",
  frm=("Renee Caldwell", "rcaldwell@cedarridgeps.com"),
  to=("Front Desk", "frontdesk@cedarridgeps.com"),
  subj="Fwd: Elevator modernization - Building A",
  body="""FYI, please let anyone who needs the elevator know to use the Building B entrance those days.

Renee

---------- Forwarded message ---------
From: Building Management <notices@parkcentre.example>
Date: Mon, Mar 3, 2025 at 9:14 AM
Subject: Elevator modernization - Building A

Dear tenants,

Elevator car 2 in Building A will be out of service March 17-21 for modernization. Car 1 will remain in service. The Building B elevators connect to all floors through the second-floor skybridge.

Thank you for your patience.
Park Centre Management
""")

# 20
C(r="Spanish newsletter: closure + gift cards (base64)",
  frm=("Clínica Estética Alameda", "noticias@clinicaalameda.com"),
  to=("", "suscriptores@clinicaalameda.com"),
  subj="Horario de fiestas y tarjetas de regalo",
  cte="base64",
  body="""¡Hola!

Les recordamos que la clínica estará cerrada el 24 y 25 de diciembre y el 1 de enero.

Esta temporada, regale bienestar: por cada tarjeta de regalo de $100, reciba una tarjeta adicional de $20 para usted. Disponibles en recepción o en nuestra página web.

¡Felices fiestas!
Clínica Estética Alameda
(956) 555-0102
""")

# 21
C(r="French appointment confirmation (encoded-word Q subject)",
  frm=("Cabinet de Dermatologie Beaulieu", "secretariat@dermabeaulieu.fr"),
  to=("", "c.lefevre@example.fr"),
  subj="Confirmation de votre rendez-vous — mardi 14h30",
  subj_enc="Q",
  cte="quoted-printable",
  body="""Bonjour,

Nous vous confirmons votre rendez-vous le mardi 8 avril à 14h30 au cabinet, 12 rue des Tilleuls, 2e étage.

Merci d'apporter votre carte Vitale et d'arriver dix minutes en avance. En cas d'empêchement, merci de nous prévenir au moins 48 heures à l'avance.

Le secrétariat
""")

# 22
C(r="Korean closure notice",
  frm=("Vela Aesthetics", "team@velaaesthetics.com"),
  to=("", "kr-list@velaaesthetics.com"),
  subj="추석 연휴 휴무 안내",
  body="""안녕하세요, 베일라 에스테틱입니다.

추석 연휴 기간(10월 5일~10월 7일) 동안 휴무입니다. 10월 8일(수)부터 정상 진료합니다.

예약 변경은 카카오톡 또는 (312) 555-0186으로 연락 주세요.

감사합니다.
""")

# 23
C(r="forms reminder mentioning medical history section (no content)",
  frm=("Brightwater Plastic Surgery", "intake@brightwaterps.com"),
  to=("", "olivia.g@example.com"),
  subj="Please complete your forms before your visit",
  body="""Hi Olivia,

To keep your visit on time, please complete your new-patient forms before you arrive:

https://brightwaterps.example/intake/7F3K

The packet has four short sections: contact information, medical history, photo ID upload, and our financial policy. It takes about 15 minutes. Your answers are saved as you go.

Brightwater Plastic Surgery
""")

# 24
C(r="HSA/FSA receipt answer (no services)",
  frm=("Copperleaf Wellness", "billing@copperleafwellness.com"),
  to=("Dmitri V.", "dv.fsa@example.com"),
  subj="Re: Receipt for my FSA",
  body="""Hi Dmitri,

We've emailed an itemized receipt to this address from our billing system (look for the subject "Itemized receipt"). It shows the date, amount, and our tax ID, which is what most FSA administrators ask for.

If your administrator needs a letter of medical necessity, they'll tell you. Just forward their request to us and we'll take it from there.

Copperleaf billing
""")

# 25
C(r="cancellation policy update",
  frm=("Driftwood Skin & Body", "hello@driftwoodskin.com"),
  to=("", "clients@driftwoodskin.com"),
  subj="An update to our cancellation policy",
  body="""Hi friends,

Late cancellations and no-shows mean someone on our waitlist misses out. Starting March 1:

- Please give at least 48 hours' notice to cancel or reschedule.
- Late cancellations (under 48 hours) have a $50 fee.
- No-shows are charged 50% of the reserved appointment.

We'll always text a reminder 3 days ahead. Thanks for understanding!

Driftwood Skin & Body
""")

# 26
C(r="portal password reset",
  frm=("Patient Portal", "no-reply@portal.marigoldderm.com"),
  to=("", "hl.portal@example.com"),
  subj="Reset your password",
  body="""We received a request to reset the password for your patient portal account.

Reset your password: https://portal.marigoldderm.example/reset?t=b1e8c2f0a7

This link expires in 30 minutes. If you didn't make this request, you can ignore this email.
""")

# 27
C(r="survey invite",
  frm=("Vela Aesthetics", "survey@velaaesthetics.com"),
  to=("", "noor.r@example.com"),
  subj="2 minutes = a chance at $100",
  body="""Hi Noor,

We're always trying to make visits smoother. Would you take our 2-minute survey? Everyone who finishes is entered to win a $100 gift card.

https://survey.vela.example/s/21

Thank you!
Vela Aesthetics
""")

# 28
C(r="team outing: laser tag (near-miss laser)",
  frm=("Mara Jensen", "mjensen@monarchfacial.com"),
  to=("Monarch Team", "team@monarchfacial.com"),
  subj="Team outing: laser tag + pizza!",
  body="""Hi team,

Our quarterly outing is Saturday, August 9 at Galaxy Laser Tag on Route 4. Two rounds of laser tag, then pizza and bowling. Partners welcome.

Please RSVP by Wednesday so I can book lanes. Carpools leave the office at 5:30.

Mara
""")

# 29
C(r="storm: creek swelling, entrance flooded (near-miss swelling)",
  frm=("Riverbend Dermatology", "alerts@riverbendderm.com"),
  to=("", "patients@riverbendderm.com"),
  subj="Weather alert: use the Oak St entrance today",
  body="""Good morning,

After last night's storm the creek behind our building is swelling, and the Riverside parking lot entrance is flooded. Please use the Oak Street entrance and the upper lot today.

We're open regular hours. If you'd rather not drive in this weather, reply and we'll rebook you at no charge.

Riverbend Dermatology
""")

# 30
C(r="newsletter: 'daily dose of good news' (near-miss dose)",
  frm=("Atlas Skin Institute", "news@atlasskin.com"),
  to=("", "list-member@example.com"),
  subj="Your daily dose of good news",
  body="""YOUR DAILY DOSE OF GOOD NEWS

- Our team raised $4,120 for the children's hospital in the spring fun run.
- We were voted "Best Customer Service" by readers of the Valley Gazette!
- Evening hours are back: Tuesdays and Thursdays until 7 PM.

Thanks for being part of the Atlas family.
""")

# 31
C(r="staff party recap: in stitches, lip sync (near-misses)",
  frm=("Renee Caldwell", "rcaldwell@cedarridgeps.com"),
  to=("All Staff", "allstaff@cedarridgeps.com"),
  subj="Holiday party recap",
  body="""What a night! Thank you to the party committee.

Highlights: Dr. Hollis and the billing team's lip sync battle had the whole room in stitches, the white elephant gift swap got competitive, and somehow we ended with a conga line.

Photos are in the shared drive under Events > 2024 Holiday. Please don't post them publicly without asking the people in them.

Renee
""")

# 32
C(r="staff: keep questions in Slack threads (near-miss threads)",
  frm=("Jae Kim", "jkim@vela-aesthetics.com"),
  to=("Front Desk Team", "frontdesk@vela-aesthetics.com"),
  subj="Scheduling channel etiquette",
  body="""Hi all,

Quick request: the #scheduling channel is getting busy. Please reply in threads instead of the main channel, and use the :eyes: emoji when you pick something up so nobody double-books.

Thanks!
Jae
""")

# 33
C(r="valet note: Nissan Versa, Bridgestone Potenza tires (near-miss brand names)",
  frm=("Front Desk", "frontdesk@halcyonps.com"),
  to=("All Staff", "staff@halcyonps.com"),
  subj="Car in lot with lights on",
  body="""Hi all,

Valet says a silver Nissan Versa in spot 14 has its headlights on. Also, whoever owns the black Hyundai Genesis: the tire shop called, your Bridgestone Potenza tires are in and they can install them Saturday.

Thanks!
""")

# 34
C(r="movie night: Morpheus, Henry IV theater tickets (near-misses)",
  frm=("Social Committee", "social@oakhurstderm.com"),
  to=("Oakhurst Team", "team@oakhurstderm.com"),
  subj="Movie night + theater raffle",
  body="""Two fun things:

1) Movie night Friday in the big conference room: The Matrix. Morpheus will ask you to pick the red pill or the blue pill; we'll have red and blue popcorn.

2) We have 4 donated tickets to Henry IV, Part 1 at the Shakespeare Festival on July 12. Enter the raffle in the break room by Wednesday.
""")

# 35
C(r="raffle prize: pellet grill, Fat Tuesday (near-misses)",
  frm=("Pearl Street MedSpa", "events@pearlstreetmedspa.com"),
  to=("", "clients@pearlstreetmedspa.com"),
  subj="Fat Tuesday raffle!",
  body="""Laissez les bons temps rouler!

Stop by on Fat Tuesday for king cake and coffee. Every client who visits this week is entered to win a Traeger pellet grill (donated by our friends at Boulder Hardware) or one of five $50 gift cards.

Winners announced Friday on our Instagram.
""")

# 36
C(r="'no sweat' rescheduling (near-miss sweat)",
  frm=("Juniper Aesthetics", "hello@juniperaesthetics.com"),
  to=("Dana W.", "dana.whitlock@example.net"),
  subj="Re: Running late",
  hdr=[("In-Reply-To", "<dw-8812@example.net>")],
  body="""No sweat, Dana! We pushed you to 2:45. Drive safe.

Juniper front desk

On Jun 12, 2025, at 1:58 PM, Dana Whitlock <dana.whitlock@example.net> wrote:
> Stuck behind an accident on 26, so sorry! Maybe 20 min late?
""")

# 37
C(r="lost & found: booster seat (near-miss booster)",
  frm=("Lumina Med Spa", "frontdesk@luminamedspa.com"),
  to=("", "clients@luminamedspa.com"),
  subj="Lost and found",
  body="""Did you leave something behind? Our lost-and-found currently has:

- a gray child's booster seat
- a navy umbrella with a wooden handle
- one pair of reading glasses (tortoiseshell)
- a library book: The Thursday Murder Club

Items are donated after 30 days. Reply to claim!
""")

# 38
C(r="insurance card update request (no IDs)",
  frm=("Tidewater Dermatology", "frontdesk@tidewaterderm.com"),
  to=("", "m.delgado@example.com"),
  subj="New year, new insurance card?",
  body="""Hello,

Many plans issue new cards in January. If your insurance changed, please upload a photo of the front and back of your new card in the portal before your next visit, or bring it with you.

This helps us avoid billing delays.

Tidewater Dermatology
""")

# 39
C(r="16-digit reference number that is NOT Luhn-valid",
  frm=("Payments", "payments@kestrelaesthetics.com"),
  to=("", "r.okafor@example.com"),
  subj="Payment processed",
  body="""Your payment was processed.

Amount: $120.00
Reference number: %s
Card: Visa ending 0452
Date: 03/19/2025

Keep this email for your records.
""" % NOT_CARDS["ref16"])

# 40
C(r="shipping notification with USPS tracking",
  frm=("Juniper Aesthetics Shop", "shop@juniperaesthetics.com"),
  to=("", "dana.whitlock@example.net"),
  subj="Your order has shipped",
  body="""Good news, your order is on its way!

Order: JA-SHOP-10447
Items: 1 x mineral sunscreen SPF 50 (tinted), 1 x lip balm SPF 15, 1 x canvas tote
Carrier: USPS Priority Mail
Tracking: 9405 5112 0620 0189 4471 23

Estimated delivery: Thursday.
""")

# 41
C(r="records request confirmation with request ID",
  frm=("Medical Records", "records@bayviewderm.com"),
  to=("", "gkimball@example.com"),
  subj="Records request received - REQ-30218",
  body="""We received your records request (REQ-30218) on 04/02/2025.

Requests are processed within 5-7 business days. There is no charge for records sent directly to another provider. You'll receive an email when they are sent.

Bayview Dermatology, Medical Records
""")

# 42
C(r="scheduling chit-chat between patient and coordinator (multi-level quotes)",
  frm=("Naomi F.", "naomi.fischer@example.de"),
  to=("Saffron Skin Studio", "bookings@saffronskin.co"),
  subj="Re: Re: Finding a time",
  body="""4:15 on the 22nd is perfect. Thank you for your patience with my crazy schedule!

Naomi

> On Mon, Apr 14, Saffron Skin Studio wrote:
> How about Tuesday the 22nd at 4:15, or Wednesday the 23rd at 9?
>
>> On Sun, Apr 13, Naomi F. wrote:
>> I'm traveling until the 20th. Anything late afternoon the week after?
""")

# 43
C(r="job posting: medical assistant (duties non-clinical wording)",
  frm=("Careers at Marigold", "careers@marigoldderm.com"),
  to=("", "jobs-list@example.com"),
  subj="We're hiring: medical assistant and receptionist",
  body="""Marigold Dermatology Associates is growing!

Open positions:
- Medical assistant, full time, Westside office
- Receptionist, part time (Tue/Thu/Sat)

What we offer: paid holidays, 401(k) match, uniform allowance, and a team that actually likes each other.

Apply at marigoldderm.example/careers or reply with your resume.
""")

# 44
C(r="sunscreen sale (near-miss skin care, SPF)",
  frm=("Atlas Skin Institute Boutique", "shop@atlasskin.com"),
  to=("", "list-member@example.com"),
  subj="Sun's out: 25% off all sunscreen",
  cte="quoted-printable",
  body="""SUN'S OUT, SPF ON

This weekend only, take 25% off every sunscreen in our boutique:
- Sheer mineral SPF 50
- Tinted SPF 30 (three shades)
- Kids' stick SPF 50
- Sport spray SPF 45

Stop by Friday to Sunday, or order online with code SUNNY25.
""",
  html=html_doc("Atlas Skin Institute", """<h2 style="margin-top:0;">Sun's out, SPF on</h2>
<p>This weekend only, take <b>25% off</b> every sunscreen in our boutique.</p>
<table cellpadding="6" cellspacing="0" width="100%">
<tr><td>Sheer mineral SPF 50</td><td>Tinted SPF 30 (three shades)</td></tr>
<tr><td>Kids' stick SPF 50</td><td>Sport spray SPF 45</td></tr>
</table>
<p>Code <b>SUNNY25</b> online, Friday to Sunday.</p>""", color="#e09f3e"))

# 45
C(r="meet the team: new receptionist",
  frm=("Driftwood Skin & Body", "hello@driftwoodskin.com"),
  to=("", "clients@driftwoodskin.com"),
  subj="Meet Lily, the newest face at our front desk",
  body="""Say hello to Lily Tran!

Lily joins our front desk after six years in hospitality. She's the one who'll greet you, find you a parking pass, and make sure your tea is hot. Fun fact: she has run four marathons and has a rescue greyhound named Biscuit.

Come say hi!
""")

# 46
C(r="practice anniversary celebration",
  frm=("Tidewater Dermatology", "news@tidewaterderm.com"),
  to=("", "patients@tidewaterderm.com"),
  subj="20 years of Tidewater",
  body="""Twenty years ago, Dr. Greer opened a two-room office above a hardware store. Today we have three locations and a team of 42.

Join us on Saturday, September 20 from 10 to 1 at the Harbor View office for cake, face painting for the kids, and a raffle benefiting the Norfolk Food Bank.

Thank you for two decades of trust.
""")

# 47
C(r="donation drive",
  frm=("Kestrel Aesthetics", "hello@kestrelaesthetics.com"),
  to=("", "clients@kestrelaesthetics.com"),
  subj="Help us fill the pantry",
  body="""All November, our lobby is a drop-off point for the Eastside Community Pantry.

Most needed: canned protein, peanut butter, diapers (sizes 4-6), and toiletries. Bring 5 items and we'll add a $10 credit to your account as a thank-you.
""")

# 48
C(r="building: fire alarm test",
  frm=("Park Centre Management", "notices@parkcentre.example"),
  to=("Tenants", "tenants@parkcentre.example"),
  subj="Fire alarm testing Wednesday 7-9 AM",
  body="""Dear tenants,

Annual fire alarm testing will take place Wednesday between 7:00 and 9:00 AM. Alarms will sound intermittently. No evacuation is needed unless you are told otherwise over the PA.

Park Centre Management
""")

# 49
C(r="new phone system, front desk consult line (near-miss consult)",
  frm=("Renee Caldwell", "rcaldwell@cedarridgeps.com"),
  to=("", "patients@cedarridgeps.com"),
  subj="New phone menu starting Monday",
  body="""Starting Monday our phone menu is changing:

Press 1 - scheduling
Press 2 - billing
Press 3 - the front desk consult line (questions about booking a first visit)
Press 4 - nurse line (existing patients)
Press 0 - operator

Our main number stays the same: (480) 555-0104.
""")

# 50
C(r="we've moved: new address (link to map, no image)",
  frm=("Northgate Facial Plastics", "hello@northgatefp.com"),
  to=("", "patients@northgatefp.com"),
  subj="We've moved!",
  body="""We've moved across the street!

New address: 1025 Northgate Way, 3rd floor, Seattle WA 98125
Map: https://maps.example.com/?q=1025+Northgate+Way

Free parking in the garage below (levels P1-P2). Our phone and email are unchanged.
""")

# 51
C(r="financing info (CareCredit, Cherry), no services",
  frm=("Monarch Facial Plastics", "finance@monarchfacial.com"),
  to=("", "ruth.a@example.com"),
  subj="Payment options",
  body="""Hi Ruth,

You asked about payment options. We accept:

- CareCredit (6, 12 and 24-month promotional plans)
- Cherry (pre-qualify in 60 seconds, no hard credit check)
- All major credit cards and HSA/FSA cards

Apply before your visit so we can go over options together: monarchfacial.example/financing
""")

# 52
C(r="payment plan confirmation (amounts, due dates)",
  frm=("Billing Office", "billing@brightwaterps.com"),
  to=("", "b.kaminski@example.com"),
  subj="Your payment plan",
  body="""Your payment plan is set up.

Total: $2,400.00
Payments: 6 x $400.00, charged on the 15th of each month
First payment: 07/15/2025
Last payment: 12/15/2025
Card: Discover ending 6604

Questions? Call billing at (619) 555-0140.
""")

# 53
C(r="late fee notice",
  frm=("Statements", "statements@marigoldderm.com"),
  to=("", "a.park@example.com"),
  subj="Past due notice - invoice INV-88213",
  body="""Our records show invoice INV-88213 ($62.50) is 30 days past due. A $5.00 late fee has been added.

Pay online at pay.marigoldderm.example or call (503) 555-0138 to set up a payment plan. If you've already paid, thank you, and please disregard this notice.
""")

# 54
C(r="waitlist confirmation",
  frm=("Halcyon Plastic Surgery", "scheduling@halcyonps.com"),
  to=("", "j.mercer@example.com"),
  subj="You're on the waitlist",
  body="""Hi Jordan,

You're on our waitlist for Saturday mornings in May. When a spot opens, we'll text you and hold it for 2 hours.

Halcyon Plastic Surgery
""")

# 55
C(r="provider out of office (auto-reply)",
  frm=("Dr. Ethan Greer", "egreer@tidewaterderm.com"),
  to=("", "vendor-rep@example.com"),
  subj="Automatic reply: Meeting next week",
  hdr=[("Auto-Submitted", "auto-replied")],
  body="""I'm out of the office until Monday, July 21, with limited email access.

For scheduling, please contact the front desk at (757) 555-0150. For vendor questions, contact our practice administrator, Tasha Greene, at tgreene@tidewaterderm.com.
""")

# 56
C(r="video visit link reminder (no reason for visit)",
  frm=("Copperleaf Wellness", "virtual@copperleafwellness.com"),
  to=("", "lucia.navarro@example.com"),
  subj="Your video visit starts in 1 hour",
  body="""Your video visit starts at 3:00 PM today.

Join here: https://visit.copperleaf.example/room/ab81-22c9

Tips: use Chrome or Safari, find a quiet, well-lit spot, and test your camera and microphone beforehand. If the link doesn't work, we'll call you.
""")

# 57
C(r="check-in kiosk instructions",
  frm=("Oakhurst Dermatology", "frontdesk@oakhurstderm.com"),
  to=("", "patients@oakhurstderm.com"),
  subj="Faster check-in starts this week",
  body="""New this week: self check-in kiosks in our lobby.

1. Tap "Check in" and enter your phone number.
2. Confirm your address and insurance.
3. Pay your copay by tap or card.

Prefer a person? Our front desk team is still right there.
""")

# 58
C(r="hiring difficulty: needle in a haystack (near-miss needle)",
  frm=("Renee Caldwell", "rcaldwell@cedarridgeps.com"),
  to=("Dr. Lydia Hollis", "lhollis@cedarridgeps.com"),
  subj="Receptionist search",
  body="""Lydia,

Finding a bilingual receptionist who can also work Saturdays has been like looking for a needle in a haystack. I have two interviews Thursday. If neither works out, I'd like to bump the posted pay by $2/hour.

Renee
""")

# 59
C(r="birthday club (no date near cue)",
  frm=("Vela Aesthetics", "club@velaaesthetics.com"),
  to=("", "noor.r@example.com"),
  subj="It's your birthday month \U0001F382",
  body="""Happy birthday from all of us at Vela!

As a birthday club member, you get a $25 credit on your account this month. It's already there, no code needed.

Have a beautiful year.
""")

# 60
C(r="loyalty points statement, member since year",
  frm=("Pearl Street Rewards", "rewards@pearlstreetmedspa.com"),
  to=("", "dwu@example.com"),
  subj="Your quarterly rewards statement",
  body="""REWARDS STATEMENT - Q2

Member since: 2016
Points balance: 3,480 ($174 value)
Points earned this quarter: 620
Points expiring 12/31/2025: 400

Redeem at checkout or toward gift cards.
""")

# 61
C(r="vendor W-9 request: EIN, NPI (near-miss identifiers)",
  frm=("Accounts Payable", "ap@medsupplyco.example"),
  to=("Billing", "billing@halcyonps.com"),
  subj="Updated W-9 needed",
  body="""Hello,

Our records show an outdated W-9 for your account. Please confirm:

Legal name: Halcyon Plastic Surgery, P.C.
EIN: 47-2203918
Organization NPI: 1548203967
Remit-to: PO Box 3310, San Diego CA 92163

Reply with a signed W-9 at your convenience.
""")

# 62
C(r="staff CPR/BLS recertification (training, not patient)",
  frm=("Compliance", "compliance@riverbendderm.com"),
  to=("Clinical Staff", "clinical@riverbendderm.com"),
  subj="BLS recertification - sign up by Friday",
  body="""Hi everyone,

BLS/CPR certifications for 14 staff members expire this fall. The American Heart Association class is in the big conference room on October 4 (8 AM-noon) and October 11 (1-5 PM). Lunch provided.

Sign up on the sheet in the break room.
""")

# 63
C(r="sharps container pickup (operations)",
  frm=("Stericycle Scheduling", "scheduling@medwaste.example"),
  to=("Office Manager", "manager@luminamedspa.com"),
  subj="Pickup confirmed - Tuesday",
  body="""Your regulated waste pickup is confirmed for Tuesday between 10 AM and 2 PM.

Please have the sharps containers closed and locked and the red bag boxes taped. Manifest number: 7720-118-442.
""")

# 64
C(r="autoclave service visit",
  frm=("BioTech Equipment Service", "service@biotechequip.example"),
  to=("", "manager@oakhurstderm.com"),
  subj="Annual service reminder",
  body="""Your annual preventive maintenance for the following equipment is due:

- Sterilizer (serial ST-004821)
- 2 exam lights
- Refrigerator temperature logger

Reply with 2-3 times that work, and allow 2 hours.
""")

# 65
C(r="marketing: complimentary consultation, no procedure named",
  frm=("Halcyon Plastic Surgery", "hello@halcyonps.com"),
  to=("", "list@halcyonps.com"),
  subj="Questions? Let's talk.",
  body="""Thinking about something but not sure where to start? Book a complimentary consultation with one of our board-certified surgeons. No pressure, just answers.

Evening and Saturday consultations are available this month.

Halcyon Plastic Surgery
4700 La Jolla Village Dr, San Diego CA 92122 | (858) 555-0167
""")

# 66
C(r="post-visit survey from 'Plastic Surgery' practice name",
  frm=("Brightwater Plastic Surgery", "feedback@brightwaterps.com"),
  to=("", "olivia.g@example.com"),
  subj="Thank you for choosing Brightwater Plastic Surgery",
  body="""Thank you for choosing Brightwater Plastic Surgery.

Would you rate your experience with our front desk, wait time, and cleanliness? Three questions, one minute:

https://brightwaterps.example/feedback/q

We read every response.
""")

# 67
C(r="Portuguese: appointment reminder",
  frm=("Espaço Bella Pele", "contato@bellapele.com.br"),
  to=("", "cliente@example.com.br"),
  subj="Lembrete: sua consulta amanhã",
  cte="quoted-printable",
  body="""Olá!

Lembramos que sua consulta é amanhã, quinta-feira, às 10h30, na Rua das Flores, 220, sala 5.

Chegue com 10 minutos de antecedência. Para remarcar, responda este e-mail ou ligue (11) 5555-0190.

Até amanhã!
Equipe Bella Pele
""")

# 68
C(r="Tagalog: office closure",
  frm=("Pearl Street MedSpa", "frontdesk@pearlstreetmedspa.com"),
  to=("", "clients-tl@pearlstreetmedspa.com"),
  subj="Paalala: sarado sa Lunes",
  body="""Magandang araw po!

Sarado po ang aming opisina sa Lunes, Hunyo 12, para sa Araw ng Kalayaan. Bukas po kami muli sa Martes, 9:00 AM.

Maraming salamat po!
Pearl Street MedSpa
""")

# 69
C(r="Instagram live Q&A (no topic)",
  frm=("Saffron Skin Studio", "news@saffronskin.co"),
  to=("", "priya.r@example.com"),
  subj="Ask us anything: live Thursday",
  body="""Got questions? We've got answers.

Join our founder and front desk manager live on Instagram this Thursday at 7 PM for a casual Q&A about booking, memberships, gift cards, and what a first visit looks like.

Drop your questions in the comments of our latest post!
""")

# 70
C(r="reschedule due to provider illness",
  frm=("Bayview Dermatology", "frontdesk@bayviewderm.com"),
  to=("", "a.mehra@example.in"),
  subj="We need to reschedule your Tuesday appointment",
  body="""Hello,

Unfortunately your provider is out sick on Tuesday, so we need to reschedule your 2:00 PM appointment. We're sorry for the inconvenience.

Please reply with a few days and times that work, or book online. We'll give you priority for the next open spots.

Bayview Dermatology
""")

# 71
C(r="gift card redemption confirmation (alphanumeric code)",
  frm=("Alder & Vine Med Spa", "giftcards@alderandvine.com"),
  to=("", "gift.buyer@example.com"),
  subj="Your gift card was redeemed",
  body="""Gift card AV-9K2P-77QX was redeemed on 02/14/2025.

Amount used: $150.00
Remaining balance: $50.00

Thank you for sharing Alder & Vine!
""")

# 72
C(r="text opt-in confirmation",
  frm=("Riverbend Dermatology", "no-reply@riverbendderm.com"),
  to=("", "j.peterson@example.com"),
  subj="You're signed up for text reminders",
  body="""You're signed up for appointment reminders by text at (555) ***-**71.

Reply STOP to any text to opt out. Message and data rates may apply.
""")

# 73
C(r="accessibility info",
  frm=("Cedar Ridge Plastic Surgery", "hello@cedarridgeps.com"),
  to=("", "patients@cedarridgeps.com"),
  subj="Getting here: accessibility",
  body="""Our office is fully accessible.

- Accessible parking: 4 spaces right next to the main entrance
- Automatic doors and an elevator to all floors
- Wheelchairs available at the front desk, just ask
- ASL interpreters can be arranged with 72 hours' notice
""")

# 74
C(r="website photo shoot: staff headshots (near-miss photos)",
  frm=("Mara Jensen", "mjensen@monarchfacial.com"),
  to=("Monarch Team", "team@monarchfacial.com"),
  subj="Headshots Thursday",
  body="""Reminder: the photographer is here Thursday from 12 to 3 for staff headshots for the new website. Wear solid colors, no logos.

She'll also take a few photos of the lobby and the building exterior. No clients will be photographed, and we've blocked the schedule so the lobby is empty.
""")

# 75
C(r="marketing video shot list (near-miss shot)",
  frm=("Blue Fern Creative", "studio@bluefern.example"),
  to=("Mara Jensen", "mjensen@monarchfacial.com"),
  subj="Shot list for Saturday",
  body="""Hi Mara,

Shot list for the brand video:
1. Exterior, golden hour
2. Front desk welcome (Lily + Mara)
3. Coffee bar pour (B-roll)
4. Slow pan across the lobby
5. Team group shot on the rooftop

We'll bring a gimbal and two lights. Call time is 7:30 AM.

Sam, Blue Fern Creative
""")

# 76
C(r="reply + forward chain about parking validation (QP)",
  frm=("Front Desk", "frontdesk@juniperaesthetics.com"),
  to=("Office Manager", "manager@juniperaesthetics.com"),
  subj="Fwd: Re: Parking validation",
  cte="quoted-printable",
  body="""Can we get more validation stickers? We're down to the last roll, and the garage says they take a week to print.

---------- Forwarded message ---------
From: Jamie W. <jwalsh@example.com>
Subject: Re: Parking validation

Thanks for validating yesterday! The machine at the exit still charged me $6 though. Can I get that refunded?

> On Tue, Juniper Aesthetics wrote:
> Just bring your ticket to the front desk and we'll validate it for up to 3 hours.
""")

# 77
C(r="newsletter base64 HTML events calendar + hidden preheader",
  frm=("Solstice Wellness Bar", "news@solsticewellness.com"),
  to=("", "members@solsticewellness.com"),
  subj="What's happening in October",
  cte="base64",
  html_cte="base64",
  body="""WHAT'S HAPPENING IN OCTOBER

Oct 3  - Members' morning: coffee and pastries, 8-10 AM
Oct 11 - Sound bath in the lounge, 6 PM ($20)
Oct 18 - Pumpkin-painting for kids, noon
Oct 31 - Costume day for staff (come see!)

Lounge hours stay 8 to 8 on weekdays.
""",
  html=html_doc("Solstice Wellness Bar", """<h2 style="margin-top:0;">What's happening in October</h2>
<table width="100%" cellpadding="8" cellspacing="0" border="0">
<tr style="background:#fdf0d5;"><td width="80"><b>Oct 3</b></td><td>Members' morning: coffee and pastries, 8&ndash;10 AM</td></tr>
<tr><td><b>Oct 11</b></td><td>Sound bath in the lounge, 6 PM ($20)</td></tr>
<tr style="background:#fdf0d5;"><td><b>Oct 18</b></td><td>Pumpkin-painting for kids, noon</td></tr>
<tr><td><b>Oct 31</b></td><td>Costume day for staff (come see!)</td></tr>
</table>""", color="#c1121f", preheader="Coffee, a sound bath and pumpkins"))

# 78
C(r="patient thank-you note about front desk staff",
  frm=("Gerald K.", "gkimball@example.com"),
  to=("Riverbend Dermatology", "frontdesk@riverbendderm.com"),
  subj="Thank you!",
  body="""I just wanted to say thank you to Maria at the front desk. My parking meter was about to run out and she walked out to feed it for me while I was in my appointment. Above and beyond!

Gerald
""")

# 79
C(r="lost scarf inquiry",
  frm=("Carmen I.", "carmen.i@example.com"),
  to=("Cedar Ridge Plastic Surgery", "frontdesk@cedarridgeps.com"),
  subj="Did I leave my scarf?",
  body="""Hi! I think I left a green silk scarf on the chair in the waiting room on Monday afternoon. Could you check? I can pick it up Thursday.

Thanks!
Carmen
""")

# 80
C(r="pricing question answered without naming services",
  frm=("Kestrel Aesthetics", "hello@kestrelaesthetics.com"),
  to=("", "prospect22@example.com"),
  subj="Re: Prices?",
  hdr=[("In-Reply-To", "<p22-1@example.com>")],
  body="""Hi there,

Thanks for reaching out! Because pricing depends on your goals and the provider you see, we don't quote by email. The easiest next step is a complimentary 20-minute consultation, where you'll leave with a written estimate.

Would a weekday evening or Saturday morning work better?

Kestrel Aesthetics

> Hi, how much do you charge? Thanks
""")

# 81
C(r="calendar link in body (no attachment)",
  frm=("Oakhurst Dermatology", "appointments@oakhurstderm.com"),
  to=("", "nikrao@example.com"),
  subj="Appointment confirmed: May 6, 2:40 PM",
  body="""Your appointment is confirmed.

When: Tuesday, May 6, 2:40 PM
Where: Oakhurst Dermatology, 3120 Oakhurst Ave, Milwaukee WI 53211

Add to calendar:
Google: https://calendar.example/add?e=oak-0506-1440
Outlook/Apple: https://oakhurstderm.example/cal/oak-0506-1440.ics
""")

# 82
C(r="updated Notice of Privacy Practices (link)",
  frm=("Privacy Office", "privacy@tidewaterderm.com"),
  to=("", "patients@tidewaterderm.com"),
  subj="Updated Notice of Privacy Practices",
  body="""We have updated our Notice of Privacy Practices, effective April 1. The changes clarify how we handle text message reminders and online scheduling.

Read the notice: https://tidewaterderm.example/privacy
A paper copy is available at any front desk.

Privacy Office, Tidewater Dermatology
""")

# 83
C(r="staff: NAD in cash audit + end-of-day close (near-miss NAD)",
  frm=("Lisa Romero", "lromero@oakhurstderm.com"),
  to=("Office Manager", "manager@oakhurstderm.com"),
  subj="EOD close - Friday",
  body="""EOD close for Friday:

Cash drawer: balanced, NAD
Card batch: settled, 47 transactions
Deposit bag: in the safe, bag #0331
Voicemails: all returned except 2 (left messages)

Have a good weekend!
Lisa
""")

# 84
C(r="Spanish reply: appointment time change (8bit, latin-1)",
  frm=("Clínica Estética Alameda", "citas@clinicaalameda.com"),
  to=("Rosa M.", "rosam@example.com"),
  subj="Re: Cambio de horario",
  charset="iso-8859-1",
  cte="8bit",
  body="""Hola Rosa:

Sí, con gusto. Cambiamos su cita al miércoles 21 a las 4:30 pm. Le enviaremos un recordatorio un día antes.

Saludos,
Recepción, Clínica Estética Alameda

El lun, 12 may, Rosa M. escribió:
> ¿Se puede cambiar mi cita para la tarde? Trabajo hasta las 3.
""")

# 85
C(r="Vietnamese appointment confirmation",
  frm=("Thẩm mỹ viện Hoa Sen", "lienhe@hoasen.example"),
  to=("", "khachhang@example.com"),
  subj="Xác nhận lịch hẹn",
  cte="base64",
  body="""Chào quý khách,

Lịch hẹn của quý khách đã được xác nhận vào thứ Bảy, ngày 14 tháng 6, lúc 11 giờ sáng.

Địa chỉ: 9200 Bolsa Ave, Suite 118, Westminster CA 92683.
Vui lòng đến sớm 10 phút. Xin cảm ơn!
""")

# 86
C(r="internal: schedule template change (no patients)",
  frm=("Tasha Greene", "tgreene@tidewaterderm.com"),
  to=("Front Desk Team", "frontdesk@tidewaterderm.com"),
  subj="Template change for July",
  body="""Hi team,

For July, Dr. Greer's Wednesday template changes:
- 8:00-12:00 clinic as usual
- 12:00-1:00 lunch
- 1:00-3:00 admin block (do not book)
- 3:00-5:00 clinic

Please move any existing 1-3 PM bookings and let me know if anyone can't be moved.

Tasha
""")

# 87
C(r="near-miss ambiguous words in office chat: filler words, peel labels, lift",
  frm=("Jae Kim", "jkim@vela-aesthetics.com"),
  to=("Mara Lopez", "mlopez@vela-aesthetics.com"),
  subj="Phone script draft v3",
  body="""Hey Mara,

Notes below instead of a file. I cut the filler words ("um", "just", "basically") from the greeting and made the hold message shorter. Also, the new brochure stands need the peel-off backing removed before they stick, and the boxes are heavy, so ask Diego to help lift them.

New greeting: "Thank you for calling Vela, this is ___. How can I help you today?"

Jae
""")

# 88
C(r="referral thank-you (no service)",
  frm=("Juniper Aesthetics", "hello@juniperaesthetics.com"),
  to=("", "dana.whitlock@example.net"),
  subj="Thanks for the referral!",
  body="""Hi Dana,

Your friend just visited us for the first time. Thank you for sending her our way! A $50 credit has been added to your account and will apply automatically at your next visit.

With gratitude,
Juniper Aesthetics
""")
