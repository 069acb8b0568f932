# Hand-written e-mails WITHOUT PHI (no attachments, ever).
# Same keys as phi_email.py; 'note' instead of 'reason'.
from common import SIG

CLEAN_EMAIL = [
dict(note="appointment reminder, first name only",
     frm=("Bellhaven Aesthetics", "appointments@bellhavenaesthetics.com"),
     to=("Teresa", "tlind.home@gmail.com"),
     subj="Reminder: your appointment tomorrow",
     text="""Hi Teresa,

This is a friendly reminder of your appointment tomorrow, Thursday, at 2:30 PM.
If you need to reschedule, please give us at least 24 hours' notice.

See you soon!

""" + SIG["bellhaven"]),

dict(note="HARD: reminder, signature of a 'Plastic Surgery' practice (multipart)",
     frm=("Cedar Ridge Plastic Surgery", "frontdesk@cedarridgeps.com"),
     to=("Brianna", "bri.kowal@gmail.com"),
     subj="Your visit on March 12",
     text="""Hi Brianna,

We look forward to seeing you on Wednesday, March 12 at 9:00 AM with Dr. Whitaker.
Please allow about an hour, and bring your photo ID and insurance card.

""" + SIG["cedar"], html="auto"),

dict(note="directions and parking (HTML with map link)",
     frm=("Lumen Skin & Laser", "frontdesk@lumenskinlaser.com"),
     to=("Rachel", "rachel.kim.boston@gmail.com"),
     subj="How to find us",
     text="""Hi Rachel,

We're on the 4th floor of 77 Newbury St, above the bookstore. The closest T stop is
Arlington (Green Line), about a 4-minute walk. If you drive, the Boston Common
Garage is the easiest; we don't validate, sorry!

Map: https://maps.example.com/?q=77+Newbury+St+Boston

""" + SIG["lumen"],
     html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Rachel,</p>
<p>We're on the 4th floor of 77 Newbury St, above the bookstore. The closest T stop is
<b>Arlington</b> (Green Line), about a 4-minute walk. If you drive, the Boston Common Garage
is the easiest; we don't validate, sorry!</p>
<p><a href="https://maps.example.com/?q=77+Newbury+St+Boston">Open in Maps</a></p>
<p>Lumen Skin &amp; Laser<br>77 Newbury St, 4th Floor<br>Boston, MA 02116<br>617-555-0142</p>
</body></html>"""),

dict(note="billing statement (QP)",
     frm=("Halcyon Dermatology Billing", "statements@halcyonderm.com"),
     to=("Danielle", "dani.o@outlook.com"),
     subj="Your statement from Halcyon Dermatology",
     text="""Dear Danielle,

Your statement dated June 1 is now available in the patient portal.

  Previous balance:   $60.00
  Payments:          -$60.00
  New charges:        $40.00
  Amount due:         $40.00  (due June 30)

Pay online at pay.halcyonderm.com, by phone at 404-555-0117 (option 2), or at the
front desk. Questions? Just reply to this email.

Thank you,
Billing Office

""" + SIG["halcyon"], enc="qp"),

dict(note="payment receipt, last 4 only (HTML)",
     frm=("Marigold Med Spa", "receipts@marigoldmedspa.com"),
     to=("Yvonne", "yvonne.c@gmail.com"),
     subj="Payment receipt #MMS-40192",
     date="2025-04-22 13:37",
     text="""Thank you for your payment!

Receipt #MMS-40192
Date: 04/22/2025
Amount: $210.00
Method: Mastercard ending 5561
Authorization: 08812Z

""" + SIG["marigold"],
     html="""<html><body style="font-family:Georgia,serif">
<h3>Thank you for your payment!</h3>
<table cellpadding="3">
<tr><td>Receipt #</td><td>MMS-40192</td></tr>
<tr><td>Date</td><td>04/22/2025</td></tr>
<tr><td>Amount</td><td>$210.00</td></tr>
<tr><td>Method</td><td>Mastercard ending 5561</td></tr>
<tr><td>Authorization</td><td>08812Z</td></tr>
</table>
<p>Marigold Med Spa &middot; 415 E Houston St, San Antonio, TX 78205 &middot; 210-555-0163</p>
</body></html>"""),

dict(note="HARD: e-gift card code of 16 digits that fails Luhn (HTML)",
     frm=("Vela Med Spa", "giftcards@velamedspa.com"),
     to=("Chris", "chris.ybarra@gmail.com"),
     subj="Your e-gift card is on its way",
     text="""Hi Chris,

Thank you for your purchase! Your e-gift card has been sent to Jenna.

  Amount: $250.00
  Gift card number: 4111 1111 1111 1112
  Message: "Happy anniversary! Treat yourself. Love, C"

Gift cards never expire and can be used for any service or retail product.

""" + SIG["vela"],
     html="""<html><body style="font-family:Helvetica,sans-serif;text-align:center">
<h2>Your e-gift card is on its way!</h2>
<p>Sent to: Jenna</p>
<p style="font-size:22px;letter-spacing:2px">4111 1111 1111 1112</p>
<p>Amount: <b>$250.00</b></p>
<p><i>"Happy anniversary! Treat yourself. Love, C"</i></p>
<p>Gift cards never expire and can be used for any service or retail product.</p>
<p style="font-size:11px">Vela Med Spa &middot; 2600 Westheimer Rd, Houston, TX 77098</p>
</body></html>"""),

dict(note="holiday hours newsletter (HTML, QP)",
     frm=("Stonebridge Dermatology", "news@stonebridgederm.com"),
     to=("", "patients@stonebridgederm.com"),
     subj="Holiday hours",
     date="2024-12-16 10:00",
     text="""Season's greetings from all of us at Stonebridge!

Holiday hours:
  Tue Dec 24 - 8:00 AM to noon
  Wed Dec 25 - closed
  Tue Dec 31 - 8:00 AM to 2:00 PM
  Wed Jan 1 - closed

Our answering service is available 24/7 at (415) 555-0150.

Wishing you a peaceful new year.

""" + SIG["stonebridge"], html="auto", enc="qp", henc="qp"),

dict(note="HARD: staff spotlight newsletter ('born and raised', year only, remote logo image)",
     frm=("Marigold Med Spa", "news@marigoldmedspa.com"),
     to=("", "list@marigoldmedspa.com"),
     subj="Meet Ximena!",
     text="""MEET THE TEAM: XIMENA

Born and raised in San Antonio, Ximena joined Marigold in 2019 after six years
in hospitality. She's the reason our lobby always smells like fresh flowers and
our playlist is so good. On weekends you'll find her at the Pearl farmers market
or coaching her son's soccer team.

Stop by and say hi!

""" + SIG["marigold"],
     html="""<html><body style="font-family:Georgia,serif;color:#3b2a1a">
<p><img src="https://marigoldmedspa.com/assets/logo.png" alt="Marigold Med Spa" width="180"></p>
<h2>MEET THE TEAM: XIMENA</h2>
<p>Born and raised in San Antonio, Ximena joined Marigold in 2019 after six years in hospitality.
She's the reason our lobby always smells like fresh flowers and our playlist is so good. On
weekends you'll find her at the Pearl farmers market or coaching her son's soccer team.</p>
<p>Stop by and say hi!</p>
<p style="font-size:11px">Marigold Med Spa &middot; 415 E Houston St, San Antonio, TX 78205 &middot; 210-555-0163</p>
</body></html>"""),

dict(note="hiring announcement",
     frm=("Sage Hormone & Aesthetics", "careers@sagehormone.com"),
     to=("", "friends@sagehormone.com"),
     subj="We're growing - and hiring!",
     text="""Hello friends,

We're looking for two new team members:

  - Patient Coordinator (full time, Mon-Fri)
  - Marketing & Social Media Assistant (part time, flexible)

If you or someone you know would be a great fit, send a resume to
careers@sagehormone.com. We offer health insurance, paid time off and a
generous employee discount.

""" + SIG["sage"]),

dict(note="review request",
     frm=("Juniper Laser Studio", "hello@juniperlaser.com"),
     to=("Anne", "anne.ruiz.co@gmail.com"),
     subj="How did we do?",
     text="""Hi Anne,

Thank you for visiting us this week! If you have a minute, we'd be so grateful for
a quick review on Google. We're a small, local business and every review helps
new neighbors find us.

Leave a review: https://g.page/juniperlaser/review

And if anything about your visit wasn't perfect, please reply directly so we can
make it right.

""" + SIG["juniper"], html="auto"),

dict(note="patient portal upgrade",
     frm=("Tidewater Aesthetics", "team@tidewateraesthetics.com"),
     to=("", "patients@tidewateraesthetics.com"),
     subj="Our new patient portal",
     text="""Hello,

We've moved to a new patient portal! Starting Monday, please log in at
portal.tidewateraesthetics.com. Your old password won't work - click "Forgot
password" and use the email address we have on file.

In the new portal you can book and change appointments, update your contact
information, and pay your balance.

""" + SIG["tidewater"]),

dict(note="phishing/scam warning",
     frm=("Rosewood Skin Clinic", "frontdesk@rosewoodskin.com"),
     to=("", "patients@rosewoodskin.com"),
     subj="Please beware of fake texts",
     text="""Dear patients,

Several of you have received text messages claiming to be from our office and
asking for a card number to "hold" an appointment. These are not from us.

We will never ask for a full card number or your password by text or email. If
you are unsure whether a message is real, call us at 206-555-0166.

Thank you for looking out for each other.

""" + SIG["rosewood"]),

dict(note="weather closure",
     frm=("Halcyon Dermatology", "frontdesk@halcyonderm.com"),
     to=("", "patients@halcyonderm.com"),
     subj="Closed today due to weather",
     text="""Good morning,

Because of icy roads, Halcyon Dermatology is closed today, Tuesday. Our team will
call everyone who was scheduled to find a new time. Please stay safe and warm.

""" + SIG["halcyon"]),

dict(note="HARD: vendor delivery needs 'lift gate'",
     frm=("Pam Ritchie", "pam.ritchie@cedarridgeps.com"),
     to=("Dispatch", "dispatch@lonestarofficefurniture.com"),
     subj="Delivery for PO 4500018823",
     text="""Hi there,

For Thursday's delivery on PO 4500018823 (two waiting-room sofas and six side
chairs), please send a truck with a lift gate. Our building has no loading dock
and the freight elevator is at the back of the garage.

The best window is 7:00 to 9:00 AM, before our parking lot fills up.

Thanks,
Pam Ritchie
Practice Manager
""" + SIG["cedar"]),

dict(note="HARD: contractor email about 'orange peel' wall texture",
     frm=("Gina Tran", "gina@oakandivory.com"),
     to=("Tony Bianchi", "tony@bianchidrywall.com"),
     subj="Re: hallway walls",
     date="2025-04-08 08:14",
     text="""Hi Tony,

Yes - please match the orange peel texture from the hallway in the two new
offices, not the knockdown. Paint color is the same (Agreeable Gray, eggshell).

We're closed Saturday so your crew can start at 7. The alarm code is on the
sticky note I gave you.

Gina

On Mon, Apr 7, 2025 at 4:12 PM Tony Bianchi <tony@bianchidrywall.com> wrote:
> Gina, quick question for the new offices: orange peel or knockdown? Also
> is Saturday ok for us to start?
"""),

dict(note="HARD: IT vendor, browser 'form filler' / autofill",
     frm=("Dana Whitlock", "dana@stonebridgederm.com"),
     to=("Support", "support@pixelcrestweb.com"),
     subj="Contact page bug",
     text="""Hi team,

Small bug on our new website: on the "Contact us" page, Chrome's form filler drops
the zip code into the phone field, and Safari's autofill skips the last name box
entirely. Could you check the autocomplete attributes on those inputs?

Also, the footer still shows the old fax number - it should be (415) 555-0151.

Thanks!
Dana Whitlock
Office Manager, Stonebridge Dermatology"""),

dict(note="HARD: building management, 'drip' from ceiling",
     frm=("Hector Salinas", "hsalinas@velamedspa.com"),
     to=("Westheimer Plaza Management", "maintenance@westheimerplaza.com"),
     subj="Leak above suite 110",
     text="""Hello,

There's a slow drip coming through the ceiling tile above our front door again,
same spot as in January. We put a bucket under it. Could someone check the HVAC
condensate line on the roof before the weekend?

Thank you,
Hector Salinas
Operations, Vela Med Spa
713-555-0182"""),

dict(note="chit-chat: marathon congratulations, directory first name",
     frm=("Lumen Skin & Laser", "olivia@lumenskinlaser.com"),
     to=("Priya", "priya.r.runs@gmail.com"),
     subj="YOU DID IT!!",
     text="""Priya!!

We saw you on the tracker crossing the finish line at 3:58 - a sub-4 Boston!! The
whole front desk was cheering at the screen. Enjoy every bit of the post-race
pizza.

Olivia""", enc="8bit"),

dict(note="chit-chat: lost and found",
     frm=("Tidewater Aesthetics", "heather@tidewateraesthetics.com"),
     to=("Colleen", "colleen.f22@gmail.com"),
     subj="Is this yours?",
     text="""Hi Colleen,

We found a navy cardigan on the chair in the waiting room after you left this
afternoon - is it yours? We'll keep it at the front desk until you can grab it.

Heather"""),

dict(note="Spanish: appointment reminder (QP)",
     frm=("Marigold Med Spa", "hola@marigoldmedspa.com"),
     to=("Veronica", "vero.sala@gmail.com"),
     subj="Recordatorio de su cita",
     text="""Hola Verónica:

Le recordamos que tiene una cita el viernes 11 de abril a las 11:00 a.m. Si
necesita cambiarla, avísenos con 24 horas de anticipación.

Estacionamiento gratuito en la parte de atrás del edificio.

¡La esperamos!

""" + SIG["marigold"], enc="qp"),

dict(note="Spanish: billing notice (base64)",
     frm=("Brightwater Plastic Surgery", "facturacion@brightwaterps.com"),
     to=("Guadalupe", "lupita.reyes73@hotmail.com"),
     subj="Su estado de cuenta",
     text="""Estimada Guadalupe:

Su estado de cuenta ya está disponible en el portal de pacientes. Saldo pendiente:
$75.00. Puede pagar en línea, por teléfono al (305) 555-0188 o en la recepción.

Gracias por su preferencia.

Oficina de facturación
""" + SIG["brightwater"], enc="b64"),

dict(note="Vietnamese: directions",
     frm=("Verde Wellness & Weight", "frontdesk@verdewellness.com"),
     to=("Hoa", "hoa.pham.az@gmail.com"),
     subj="Hướng dẫn đường đi",
     text="""Chào chị Hoa,

Phòng khám ở số 1840 E Camelback Rd, tầng 2, cạnh ngân hàng Chase. Chị có thể đậu
xe miễn phí ở bãi phía sau tòa nhà. Nếu cần hỗ trợ, chị gọi 602-555-0125 nhé.

Cảm ơn chị!

""" + SIG["verde"], enc="b64"),

dict(note="HARD: full name not in directory",
     frm=("Palomar Dermatology Associates", "frontdesk@palomarderm.com"),
     to=("", "jalbright@gmail.com"),
     subj="Welcome to Palomar Dermatology",
     text="""Dear Jennifer Albright,

Welcome, and thank you for choosing Palomar Dermatology Associates. Your account
has been created. You'll receive a separate email to set up your portal login.

We look forward to meeting you.

""" + SIG["palomar"]),

dict(note="insurance network announcement (general)",
     frm=("Halcyon Dermatology", "news@halcyonderm.com"),
     to=("", "patients@halcyonderm.com"),
     subj="We're now in-network with Aetna",
     text="""Good news!

As of July 1, Halcyon Dermatology is in-network with Aetna PPO and Aetna HMO
plans. We continue to accept Blue Cross Blue Shield, Cigna, UnitedHealthcare and
Medicare.

If your coverage changed recently, please update your information in the portal
before your next visit.

""" + SIG["halcyon"], html="auto"),

dict(note="satisfaction survey",
     frm=("Cedar Ridge Plastic Surgery", "survey@cedarridgeps.com"),
     to=("Harold", "hpemb@comcast.net"),
     subj="Tell us about your visit",
     text="""Hello Harold,

Thank you for visiting Cedar Ridge. Would you take two minutes to tell us how we
did? Your answers are anonymous and help us improve.

Start the survey: https://survey.cedarridgeps.com/v/8812

""" + SIG["cedar"]),

dict(note="cancellation policy update",
     frm=("Oak & Ivory Med Spa", "hello@oakandivory.com"),
     to=("", "clients@oakandivory.com"),
     subj="An update to our cancellation policy",
     text="""Hi friends,

Starting May 1, we ask for 24 hours' notice to cancel or reschedule. Late
cancellations and no-shows will be charged a $50 fee. We know life happens, and
we'll always make exceptions for emergencies - this just helps us offer open
spots to people on our waitlist.

Thank you for understanding!

""" + SIG["oakivory"], html="auto", henc="qp"),

dict(note="new location opening (HTML, base64)",
     frm=("Rosewood Skin Clinic", "news@rosewoodskin.com"),
     to=("", "list@rosewoodskin.com"),
     subj="We're opening in Ballard!",
     text="""Big news: Rosewood is opening a second location in Ballard this fall!

Address: 5300 Ballard Ave NW, Seattle, WA 98107
Opening day: Saturday, October 4
Ribbon cutting at 10 AM, with coffee from our neighbors at Slate.

Same team, same phone number, more parking.

""" + SIG["rosewood"], html="auto", henc="b64"),

dict(note="referral program",
     frm=("Verde Wellness & Weight", "hello@verdewellness.com"),
     to=("", "members@verdewellness.com"),
     subj="Share the love, get $50",
     text="""Know someone who'd love our team as much as you do?

When a friend books their first visit and mentions your name, you'll both get a
$50 credit. There's no limit - refer five friends, get $250.

""" + SIG["verde"], html="auto"),

dict(note="HARD: charity 5K recap with link to team photos",
     frm=("Oak & Ivory Med Spa", "hello@oakandivory.com"),
     to=("", "clients@oakandivory.com"),
     subj="We ran for a cause!",
     text="""Thank you to everyone who joined Team Oak & Ivory at the Hoboken Turkey Trot!
Together we raised $3,410 for the Hudson County food bank.

Photos from the race (and the very competitive costume contest) are up on our
Instagram, @oakandivory.

""" + SIG["oakivory"], html="auto"),

dict(note="reschedule: doctor out, no service named",
     frm=("Northshore Facial Plastics", "scheduling@northshorefp.com"),
     to=("Gwendolyn", "gwen.m.il@gmail.com"),
     subj="Need to reschedule your appointment",
     text="""Hi Gwendolyn,

Dr. Haddad has been called away to a family matter next Tuesday, so we need to
move your 10:00 AM appointment. Would any of these work?

  - Thursday 4/17 at 9:30 AM
  - Friday 4/18 at 1:00 PM
  - Monday 4/21 at 11:15 AM

We're sorry for the inconvenience.

""" + SIG["northshore"]),

dict(note="HVAC email to landlord",
     frm=("Pam Ritchie", "pam.ritchie@cedarridgeps.com"),
     to=("Arboretum Plaza Management", "service@arboretumplaza.com"),
     subj="Suite 300 thermostat",
     text="""Hi,

The thermostat in Suite 300 is reading 79 degrees no matter what we set it to.
It's been like this since Monday. Could you send someone Thursday after 5 PM?

Thanks,
Pam Ritchie
Practice Manager, Cedar Ridge Plastic Surgery
512-555-0190"""),

dict(note="office supplies invoice dispute with numbers",
     frm=("Hector Salinas", "hsalinas@velamedspa.com"),
     to=("Accounts Receivable", "ar@gulfcoastsupply.com"),
     subj="Invoice 88-20417 - duplicate charge",
     text="""Hello,

We were charged twice for invoice 88-20417 (printer toner, copy paper and
paper towels), once on 3/3 and again on 3/10, both for $412.66. Our account
number is GCS-004418. Please refund the second payment to the card on file.

Thank you,
Hector Salinas
Vela Med Spa"""),

dict(note="HARD: EIN / tax ID for HSA reimbursement",
     frm=("Tidewater Aesthetics", "billing@tidewateraesthetics.com"),
     to=("Lorraine", "lorraine.a@cox.net"),
     subj="Re: info for my HSA",
     text="""Hi Lorraine,

Happy to help! For your HSA paperwork:

  Tidewater Aesthetics LLC
  EIN: 84-1937265
  220 W Main St, Norfolk, VA 23510

Your itemized receipts are in the portal under "Billing > Documents".

Best,
Billing

> Hi, my HSA administrator is asking for your tax ID and address. Can you send it?
> Thanks, Lorraine
"""),

dict(note="fire drill / building notice",
     frm=("Westlake Medical Tower", "management@westlakemt.com"),
     to=("Tenants", "tenants@westlakemt.com"),
     subj="Fire drill Friday 10 AM",
     text="""Dear tenants,

The building will hold its annual fire drill on Friday at 10:00 AM. Alarms will
sound for about 5 minutes. Please exit using the nearest stairwell and gather in
the north parking lot. Elevators will be out of service during the drill.

Westlake Medical Tower Management"""),

dict(note="HARD: base64 HTML newsletter, community event, 'Facial Plastics' name",
     frm=("Northshore Facial Plastics", "news@northshorefp.com"),
     to=("", "community@northshorefp.com"),
     subj="Join us at the Wilmette Harvest Fest",
     text="""Come find our booth at the Wilmette Harvest Fest!

Saturday, Sept 27, 10 AM - 4 PM, Village Green
Face painting for kids, free lemonade, and a raffle for a $200 gift card.

See you there!

""" + SIG["northshore"], html="auto", enc="b64", henc="b64"),

dict(note="HARD: 'consult' the FAQ page (no clinical/appointment context)",
     frm=("Solace Body Contouring", "hello@solacebody.com"),
     to=("Danita", "danita.r@gmail.com"),
     subj="Re: parking question",
     text="""Hi Danita,

Great question! The short answer is yes, the deck on Tryon St is free on
weekends. For weekday rates and the validation rules, please consult the
"Parking & Transit" section of our FAQ page: solacebody.com/faq#parking

Have a great day,
Solace front desk
""" + SIG["solace"]),

dict(note="HARD: staff memo, 'peel' the backing off parking permits",
     frm=("Pam Ritchie", "pam.ritchie@cedarridgeps.com"),
     to=("All Staff", "staff@cedarridgeps.com"),
     subj="New parking permits",
     text="""Hi all,

New garage permits are in your mailboxes. Peel the backing off and stick it to
the inside of the windshield, lower left corner. Old permits stop working on the
1st. Please park on levels 3 and up so the lower levels stay open for visitors.

Thanks!
Pam"""),

dict(note="appointment request received",
     frm=("Aurelia Aesthetic Institute", "requests@aureliainstitute.com"),
     to=("Sofia", "sofia.andrade88@gmail.com"),
     subj="We received your request",
     text="""Hi Sofia,

Thank you for reaching out! We've received your appointment request and a
coordinator will call you within one business day to find a time that works.

""" + SIG["aurelia"], html="auto"),

dict(note="cancellation confirmation",
     frm=("Juniper Laser Studio", "frontdesk@juniperlaser.com"),
     to=("Dylan", "dylan.mcbride@gmail.com"),
     subj="Your appointment has been cancelled",
     text="""Hi Dylan,

As requested, we've cancelled your appointment on Friday, June 6 at 5:30 PM.
No fee applies. Book again anytime at juniperlaser.com/book.

""" + SIG["juniper"]),

dict(note="waitlist confirmation",
     frm=("Lumen Skin & Laser", "frontdesk@lumenskinlaser.com"),
     to=("Maya", "maya.s.goldberg@gmail.com"),
     subj="You're on the waitlist",
     text="""Hi Maya,

You're on our waitlist for an earlier appointment with Dr. Fenwick. If something
opens up, we'll text you at the number ending in 0134 - first to reply gets it.

""" + SIG["lumen"]),

dict(note="password reset",
     frm=("Stonebridge Dermatology Portal", "no-reply@portal.stonebridgederm.com"),
     to=("", "jason.lim.sf@gmail.com"),
     subj="Your password was changed",
     date="2025-05-02 21:14",
     text="""Hello,

The password for your Stonebridge Dermatology portal account was changed on
May 2, 2025 at 9:14 PM. If you made this change, no action is needed.

If you did not, please reset your password right away at
https://portal.stonebridgederm.com/reset and call us at (415) 555-0150.

This is an automated message; please do not reply."""),

dict(note="HARD: Notice of Privacy Practices update (mentions 'health information' generically)",
     frm=("Palomar Dermatology Associates", "privacy@palomarderm.com"),
     to=("", "patients@palomarderm.com"),
     subj="Updated Notice of Privacy Practices",
     text="""Dear patients,

We've updated our Notice of Privacy Practices, which explains how we may use and
share health information and the rights you have. The changes take effect on
August 1 and mainly clarify how we handle text-message reminders.

You can read the full notice at palomarderm.com/privacy or ask for a printed copy
at the front desk.

Privacy Officer
""" + SIG["palomar"], html="auto"),

dict(note="HARD: financing reference number (16 digits, fails Luhn)",
     frm=("Aurelia Aesthetic Institute", "financing@aureliainstitute.com"),
     to=("Tasha", "tasha.green@gmail.com"),
     subj="Your financing reference",
     text="""Hi Tasha,

Your financing application was received. If the lender calls, your reference
number is 3030 2211 9988 7766. Decisions usually take one business day.

""" + SIG["aurelia"]),

dict(note="phone menu change",
     frm=("Sage Hormone & Aesthetics", "frontdesk@sagehormone.com"),
     to=("", "patients@sagehormone.com"),
     subj="Our phone menu has changed",
     text="""Hello,

When you call 214-555-0109, you'll now hear a short menu:

  1 - scheduling
  2 - billing
  3 - prescription refills and nurse line
  0 - front desk

Texting this number still works the same way.

""" + SIG["sage"]),

dict(note="Spanish newsletter: holiday greeting (HTML)",
     frm=("Marigold Med Spa", "hola@marigoldmedspa.com"),
     to=("", "clientes@marigoldmedspa.com"),
     subj="¡Felices fiestas!",
     text="""¡Felices fiestas de parte de todo el equipo de Marigold!

Gracias por un año maravilloso. Estaremos cerrados el 24 y 25 de diciembre y el
1 de enero. Las tarjetas de regalo están disponibles en línea las 24 horas.

Con cariño,
""" + SIG["marigold"], html="auto", enc="qp", henc="qp"),

dict(note="staff schedule memo",
     frm=("Lorena Diaz", "lorena@halcyonderm.com"),
     to=("Front Desk", "frontdesk@halcyonderm.com"),
     subj="Coverage next week",
     text="""Hi team,

I'm out Monday and Tuesday next week. Jasmine will open both days and Tyrell
will close. The new label printer arrives Tuesday - please put it in the back
office, not on the front counter.

Thanks!
Lorena"""),

dict(note="thank-you to a neighboring business",
     frm=("Juniper Laser Studio", "hello@juniperlaser.com"),
     to=("Pearl Street Bakery", "orders@pearlstbakery.com"),
     subj="Thank you!",
     text="""Hi Sam,

The scones for our open house were a huge hit - there wasn't a crumb left by
7 PM. Please send the invoice to this address and we'll pay it this week.

Can we order the same for our holiday party on December 12?

Thanks again,
Rory
Juniper Laser Studio"""),

dict(note="job offer to new hire",
     frm=("Sage Hormone & Aesthetics", "careers@sagehormone.com"),
     to=("Morgan", "morgan.ellis.tx@gmail.com"),
     subj="Offer - Patient Coordinator",
     text="""Dear Morgan,

We're delighted to offer you the position of Patient Coordinator at Sage Hormone
& Aesthetics, starting Monday, June 16. The starting pay is $22.50 per hour,
full time, with health insurance after 30 days and two weeks of paid time off.

Please reply by Friday to accept, and we'll send your onboarding paperwork.

Welcome aboard!
Dana Ruiz, Office Manager"""),

dict(note="membership renewal",
     frm=("Tidewater Aesthetics", "members@tidewateraesthetics.com"),
     to=("Stephanie", "stephd.va@gmail.com"),
     subj="Your membership renews soon",
     text="""Hi Stephanie,

Your annual membership renews on July 3 for $1,188 ($99/month). Your unused
monthly credits carry over for 12 months. To change or cancel, reply to this
email or call 757-555-0133 before the renewal date.

""" + SIG["tidewater"]),

dict(note="financing options (general)",
     frm=("Brightwater Plastic Surgery", "info@brightwaterps.com"),
     to=("Kiara", "kiara.j.brooks@gmail.com"),
     subj="Re: payment options",
     text="""Hi Kiara,

Thanks for asking! We accept cash, all major credit cards, HSA/FSA cards, and
financing through CareCredit and Cherry. Many patients choose 12-month
no-interest plans. You can apply online in about five minutes at cherry.example.com.

""" + SIG["brightwater"]),

dict(note="HARD: full date that is not a DOB (appointment + account dates)",
     frm=("Rosewood Skin Clinic", "frontdesk@rosewoodskin.com"),
     to=("Nicole", "nicole.f.wa@gmail.com"),
     subj="Your account",
     text="""Hi Nicole,

We've merged your two accounts as you asked. Your account was opened on
03/14/2019 and your next appointment is 08/21/2025 at 4:00 PM. Everything else
stays the same.

""" + SIG["rosewood"]),

dict(note="thank you for donation",
     frm=("Verde Wellness & Weight", "hello@verdewellness.com"),
     to=("", "members@verdewellness.com"),
     subj="Our food drive total",
     text="""Thank you!

Our lobby food drive collected 1,140 pounds of food for St. Mary's Food Bank.
Special thanks to the three families who brought in entire carloads.

""" + SIG["verde"], html="auto"),

dict(note="update contact information",
     frm=("Halcyon Dermatology", "frontdesk@halcyonderm.com"),
     to=("Jasmine", "jaz.t.nola@gmail.com"),
     subj="Is your contact info up to date?",
     text="""Hi Jasmine,

We're updating our records. If your mailing address, phone number or email has
changed in the last year, please update it in the portal under "My Profile" or
reply to this email.

""" + SIG["halcyon"]),

dict(note="quoted reply chain, all clean",
     frm=("Bellhaven Aesthetics", "frontdesk@bellhavenaesthetics.com"),
     to=("Camille", "camille.d@gmail.com"),
     subj="Re: parking",
     date="2025-04-03 09:05",
     text="""Hi Camille,

Yes! The garage behind us is free for the first two hours, and the entrance is on
Bluebonnet Lane. Just take a ticket at the gate.

See you Friday,
Sam

On Wed, Apr 2, 2025 at 6:41 PM Camille D <camille.d@gmail.com> wrote:
> Hi! Is there parking at your office or should I take a rideshare?
> Thanks!
"""),

dict(note="clean QP with long lines and an em dash",
     frm=("Oak & Ivory Med Spa", "hello@oakandivory.com"),
     to=("", "clients@oakandivory.com"),
     subj="A note from our owner",
     text="""Dear friends,

Ten years ago this month, I signed the lease on a tiny storefront on Hudson Street with a borrowed desk, two chairs and a lot of hope. Today we're a team of fourteen — and every one of us is grateful to you for walking through our door.

To celebrate, we're hosting an anniversary party on Thursday, May 22, from 6 to 9 PM: live music, local wine, and a few surprises. Bring your friends.

With gratitude,
Natalie Kovac, Owner
""" + SIG["oakivory"], enc="qp"),

dict(note="no-show follow-up without service named",
     frm=("Lumen Skin & Laser", "frontdesk@lumenskinlaser.com"),
     to=("Whitney", "whitney.carr@gmail.com"),
     subj="We missed you today",
     text="""Hi Whitney,

We missed you at your 3:00 appointment today - we hope everything is okay! Reply
to this email or call 617-555-0142 when you'd like to rebook.

""" + SIG["lumen"]),

dict(note="HTML-only clean marketing: gift card sale",
     frm=("Bellhaven Aesthetics", "news@bellhavenaesthetics.com"),
     to=("", "list@bellhavenaesthetics.com"),
     subj="Gift cards: buy $200, get $40",
     html_only=True,
     html="""<html><body style="font-family:Verdana,sans-serif;text-align:center">
<h2>Holiday gift card bonus</h2>
<p>Buy a $200 gift card, get a $40 bonus card for yourself.</p>
<p>Through December 31 &middot; online or at the front desk.</p>
<p><a href="https://bellhavenaesthetics.com/giftcards">Shop gift cards</a></p>
<p style="font-size:11px">Bellhaven Aesthetics &middot; 2210 S Lamar Blvd, Suite 140, Austin, TX 78704 &middot; (512) 555-0131</p>
</body></html>"""),

dict(note="retail order shipped, tracking number",
     frm=("Rosewood Skin Clinic Shop", "shop@rosewoodskin.com"),
     to=("Peter", "peter.vandyke@gmail.com"),
     subj="Your order has shipped",
     text="""Hi Peter,

Good news - order #RS-30418 has shipped!

  Carrier: USPS
  Tracking: 9400111899562837451
  Items: 1 x travel tote, 1 x gift box

""" + SIG["rosewood"]),

dict(note="HARD: staff chit-chat mentioning an elevator 'lift' in London",
     frm=("Stonebridge Dermatology", "kelly@stonebridgederm.com"),
     to=("Andrea", "andrea.sz.sf@gmail.com"),
     subj="London recs!",
     text="""Hi Andrea!

You asked for my London list before your trip - here it is:

- Borough Market on a weekday morning
- Sky Garden (free, book ahead; the lift up is fast and the view is unreal)
- Dishoom for breakfast, get the bacon naan roll
- Walk the South Bank from Tower Bridge to the London Eye

Have the BEST time!
Kelly"""),

dict(note="meeting with vendor rep",
     frm=("Gina Tran", "gina@oakandivory.com"),
     to=("Lauren Mills", "lmills@brightlinepos.com"),
     subj="Demo next week?",
     text="""Hi Lauren,

Thanks for the call. We'd like to see a demo of the new point-of-sale system and
the online booking widget. Would Wednesday at 1:00 PM work? We can do it over
video or you're welcome to stop by the office.

Gina Tran
Practice Manager, Oak & Ivory Med Spa"""),

dict(note="HARD: invoice with 15-16 digit-ish account numbers failing Luhn",
     frm=("Accounts Payable", "ap@northshorefp.com"),
     to=("Billing", "billing@lakeshoreuniforms.com"),
     subj="Payment sent",
     text="""Hello,

We sent ACH payment for your invoice 2025-0417 today.

  Amount: $1,284.50
  Our account: 1288 3304 7551 2904
  Reference: NFP-AP-7781

Please confirm receipt.

Accounts Payable
Northshore Facial Plastics"""),

dict(note="staff birthday party (no date of birth, no year)",
     frm=("Lorena Diaz", "lorena@halcyonderm.com"),
     to=("All Staff", "staff@halcyonderm.com"),
     subj="Cake at 3!",
     text="""Hi all,

It's Jasmine's birthday today! We have cake in the break room at 3:00. Come
sing badly with us.

Lorena"""),

dict(note="first name of directory patient + generic thanks (HTML)",
     frm=("Vela Med Spa", "hello@velamedspa.com"),
     to=("Veronica", "veronica.s.htx@gmail.com"),
     subj="Thank you, Veronica!",
     text="""Hi Veronica,

Thank you for the sweet card you left at the front desk. It made our whole week.
We're lucky to have you as part of the Vela family!

""" + SIG["vela"], html="auto"),

dict(note="new provider announcement, no services named",
     frm=("Palomar Dermatology Associates", "news@palomarderm.com"),
     to=("", "patients@palomarderm.com"),
     subj="Welcome Dr. Elena Marsh",
     text="""We're excited to welcome Dr. Elena Marsh to Palomar Dermatology Associates!

Dr. Marsh completed her residency at UC San Diego and joins us from a practice in
Portland. Outside the office she loves surfing and baking sourdough. She is now
accepting new patients at our Mission Valley office.

""" + SIG["palomar"], html="auto"),

dict(note="wrong email apology",
     frm=("Cedar Ridge Plastic Surgery", "frontdesk@cedarridgeps.com"),
     to=("", "kevin.a.romero@gmail.com"),
     subj="Please disregard our last email",
     text="""Hello,

Our last email was sent to you by mistake. Please delete it; no action is
needed on your part. We apologize for the confusion.

""" + SIG["cedar"]),

dict(note="Portuguese: welcome",
     frm=("Vela Med Spa", "book@velamedspa.com"),
     to=("Luana", "luana.costa.br@gmail.com"),
     subj="Bem-vinda à Vela!",
     text="""Olá Luana,

Seja bem-vinda! Seu cadastro foi criado com sucesso. Quando quiser marcar um
horário, é só responder este e-mail ou ligar para 713-555-0182.

Um abraço,
Equipe Vela Med Spa""", enc="qp"),

dict(note="accountant email with EIN and figures",
     frm=("Natalie Kovac", "natalie@oakandivory.com"),
     to=("Ben Fisher, CPA", "ben@fishercpa.com"),
     subj="Q2 estimates",
     text="""Hi Ben,

Here are the numbers you asked for, since the portal is down:

  Gross receipts Q2: $412,880
  Payroll: $161,300
  Rent: $27,000
  EIN: 47-2289160

Let me know what the estimated payment should be.

Natalie"""),

dict(note="appointment time change confirmation",
     frm=("Aurelia Aesthetic Institute", "frontdesk@aureliainstitute.com"),
     to=("Helen", "helen.m.stroud@gmail.com"),
     subj="Updated appointment time",
     text="""Hi Helen,

As discussed on the phone, your appointment on Tuesday has moved from 9:00 to
11:30 AM. Everything else is the same.

""" + SIG["aurelia"]),

dict(note="clean HTML newsletter: summer hours (8bit)",
     frm=("Juniper Laser Studio", "news@juniperlaser.com"),
     to=("", "subscribers@juniperlaser.com"),
     subj="Summer hours ☀️",
     text="""Summer hours start June 1!

Mon-Thu: 7 AM - 7 PM
Fri: 7 AM - 3 PM
Sat: 9 AM - 1 PM

Early mornings are perfect for fitting us in before work.

""" + SIG["juniper"], html="auto", enc="8bit", henc="8bit"),

dict(note="directions for out-of-town patient (no service)",
     frm=("Aurelia Aesthetic Institute", "concierge@aureliainstitute.com"),
     to=("Monique", "monique.ellis@yahoo.com"),
     subj="Your trip to LA",
     text="""Hi Monique,

Here are a few tips for your trip:

- From LAX, allow 45-60 minutes to our office depending on traffic.
- The Beverly Wilshire and the Mr. C are both within walking distance; mention
  Aurelia for our partner rate.
- Valet parking in our building is $12.

Let me know if you'd like us to arrange a car from the airport.

Warmly,
Concierge Team
""" + SIG["aurelia"]),

dict(note="HARD: 'drip' coffee bar in newsletter",
     frm=("Sage Hormone & Aesthetics", "news@sagehormone.com"),
     to=("", "friends@sagehormone.com"),
     subj="Our lobby got a makeover",
     text="""Have you seen our new lobby? We added a coffee bar with pour-over and cold
drip coffee (free, obviously), new chairs that are actually comfortable, and a
charging station.

Come hang out anytime.

""" + SIG["sage"], html="auto"),

dict(note="vendor quote for flooring",
     frm=("Gina Tran", "gina@oakandivory.com"),
     to=("Sales", "sales@gardenstatefloors.com"),
     subj="Quote request",
     text="""Hello,

We'd like a quote to replace about 850 sq ft of carpet with luxury vinyl plank
in our office at 18 Hudson St, Hoboken. Work would need to be done over a
weekend. Could someone come measure next week?

Gina Tran
201-555-0158"""),

dict(note="first name only, thanks for referral (no name of directory patient in full)",
     frm=("Bellhaven Aesthetics", "hello@bellhavenaesthetics.com"),
     to=("Rebecca", "rebecca.s@gmail.com"),
     subj="Thanks for the referral!",
     text="""Hi Rebecca,

Your friend just booked with us and mentioned your name - thank you! A $50
credit has been added to your account.

""" + SIG["bellhaven"]),

dict(note="HARD: signature-only style message with phone, address, fax",
     frm=("Northshore Facial Plastics", "frontdesk@northshorefp.com"),
     to=("Derek", "derek.h@gmail.com"),
     subj="Re: fax number?",
     text="""Hi Derek,

Sure - here's all our contact info:

Northshore Facial Plastics
1000 Skokie Blvd, Suite 250
Wilmette, IL 60091
Phone: 847-555-0114
Fax: 847-555-0115
Email: frontdesk@northshorefp.com

Have a good one!"""),

dict(note="pet-friendly office chit-chat",
     frm=("Juniper Laser Studio", "rory@juniperlaser.com"),
     to=("Hannah", "hannah.o@gmail.com"),
     subj="Biscuit says hi",
     text="""Hi Hannah,

Biscuit (our office golden retriever) has been looking for you at the door all
week. He definitely remembers the treats. Bring your pup next time, they'd be
best friends!

Rory"""),

dict(note="book club / community",
     frm=("Tidewater Aesthetics", "team@tidewateraesthetics.com"),
     to=("", "bookclub@tidewateraesthetics.com"),
     subj="Book club: May pick",
     text="""Hi readers!

May's pick is "Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin. We'll
meet in our lobby on Thursday, May 29 at 6:30 PM. Wine and snacks provided.

Heather"""),

dict(note="Spanish: phone line hours",
     frm=("Halcyon Dermatology", "info@halcyonderm.com"),
     to=("", "pacientes@halcyonderm.com"),
     subj="Nuevo horario de atención telefónica",
     text="""Estimados pacientes:

A partir del lunes, nuestra línea telefónica atenderá de 7:30 a.m. a 6:00 p.m.
Para preguntas sobre facturación, marque la opción 2.

Atentamente,
Halcyon Dermatology
(404) 555-0117""", enc="qp"),

dict(note="landlord rent receipt",
     frm=("Hector Salinas", "hsalinas@velamedspa.com"),
     to=("Westheimer Plaza Management", "leasing@westheimerplaza.com"),
     subj="June rent",
     text="""Hi Carol,

June rent for Suite 110 ($9,250.00) was sent by ACH this morning, confirmation
number 20250601-44817. Could you also send the updated CAM reconciliation?

Thanks,
Hector"""),

dict(note="HARD: 'lift' = ride to the station, staff chit-chat with no appointment context",
     frm=("Lumen Skin & Laser", "olivia@lumenskinlaser.com"),
     to=("Jess", "jess.h@lumenskinlaser.com"),
     subj="ride tonight",
     text="""Hey Jess,

Still need a lift to South Station after work? I'm leaving at 6:15 sharp, meet
me by the back stairs.

O"""),
]
