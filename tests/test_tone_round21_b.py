"""Tone kinds of blind round 21 (brief tone-v15b) in English (US, UK, Canada, Australia).

Each bad text is a variant in other words of a kind the round's drafts showed and the
rules missed: E1 blame with an emphatic "did" / "clearly" and a consequence the customer
pays for ("you did pick the wrong plan, so the charges stand", "you clearly skipped the
size chart, which is why returns are at your own cost"), E2 talking down by simplifying
"for you" ("I'll keep this simple for you", "to put it simply for you"), E3 the counted
follow-up ("circling back for the third time", "following up yet again", "as I've now
said three times") and the bare reproachful tail ("Again."), E4 the demanding, impatient
question ("I need you to answer the question I asked", "do you have the receipt or
not?", "Yes or no?", "It's a simple question."). Each good text is a near miss with the
same words used innocently. Written for this test, not copied from any draft.
"""

from __future__ import annotations

from tests.tone_cases import tone_tests

E1_BAD = [
    ("en-US", "You did pick the monthly plan, so the charges stand.", "blame-back"),
    (
        "en-GB",
        "You did sign up for the premium bundle, so the cancellation fee still applies.",
        "blame-back",
    ),
    (
        "en-AU",
        "You clearly skipped the size chart, which is why return postage is at your own cost.",
        "blame-back",
    ),
    (
        "en-CA",
        "You clearly ordered the wrong colour, so returns are at your own expense.",
        "blame-back",
    ),
    (
        "en-US",
        "You obviously typed in the wrong card number, so there's nothing to refund.",
        "blame-back",
    ),
    (
        "en-GB",
        "You clearly overlooked the cut-off date, and the booking fee is non-refundable.",
        "blame-back",
    ),
    ("en-AU", "You did choose the saver fare. The change fee stands.", "blame-back"),
    (
        "en-US",
        "You definitely selected the wrong model, so we can't offer a refund.",
        "blame-back",
    ),
    (
        "en-CA",
        "You clearly ignored the setup guide, so the callout charge is yours to pay.",
        "blame-back",
    ),
    (
        "en-GB",
        "You did agree to the twelve-month term, so you'll have to pay the remaining months.",
        "blame-back",
    ),
    ("en-AU", "You clearly disregarded the care label on the jumper.", "blame-back"),
    # the perfect tense of the same sneer
    ("en-GB", "You've obviously skipped the fitting notes on the product page.", "blame-back"),
    ("en-US", "You have clearly overlooked the warning printed on the box.", "blame-back"),
    (
        "en-US",
        "You evidently booked the wrong date, so the fee isn't refundable.",
        "blame-back",
    ),
]

E1_GOOD = [
    ("en-US", "You did the right thing by contacting us."),
    ("en-GB", "You did choose express delivery, so it should arrive tomorrow."),
    ("en-AU", "You clearly put a lot of thought into this, thank you."),
    ("en-CA", "I can see you chose the annual plan; I can switch it for you."),
    ("en-US", "You did pick the saver fare, but I've waived the change fee for you."),
    ("en-GB", "You did sign up for the free trial, so there's nothing to pay until June."),
    ("en-AU", "If you did choose the wrong size, returns are free for 30 days."),
    ("en-US", "You clearly care about the details, so I've added a note to the order."),
    ("en-CA", "You did order two, so the second one ships tomorrow."),
    ("en-GB", "You definitely picked a great hotel: the breakfast is superb."),
    ("en-US", "The fee is non-refundable, so I've added a voucher to your account instead."),
]

E2_BAD = [
    ("en-US", "I'll try to keep this simple for you.", "talking-down"),
    ("en-GB", "Let me make this really simple for you: the fee is monthly.", "talking-down"),
    ("en-AU", "To put it simply for you, the warranty has expired.", "talking-down"),
    ("en-CA", "I'll keep it nice and basic for you.", "talking-down"),
    ("en-US", "Okay, let me simplify it for you.", "talking-down"),
    ("en-GB", "Right, I'll break it down for you in simple terms.", "talking-down"),
    ("en-AU", "Here it is in plain English for you: no receipt, no refund.", "talking-down"),
    ("en-US", "Let me dumb this down a bit.", "talking-down"),
    ("en-CA", "I'm going to spell this out for you once more.", "talking-down"),
    ("en-GB", "To say it plainly for you, the offer has ended.", "talking-down"),
    ("en-US", "Let me keep things super simple for you here.", "talking-down"),
]

E2_GOOD = [
    ("en-US", "To keep it simple, we've merged the two fees into one."),
    ("en-GB", "Here's a simple summary of your plan."),
    ("en-AU", "In short: your refund is on its way."),
    ("en-CA", "I'll keep this short: the parcel arrives Monday."),
    ("en-US", "I've made it simple for you to cancel: there's a button in the app."),
    ("en-GB", "We've kept the pricing simple: one flat fee a month."),
    ("en-US", "Here's a plain-English version of the contract for your records."),
    ("en-AU", "To make things easier for you, I've booked both tickets."),
    ("en-CA", "Let me break down the bill for you: the first line is the rental."),
    ("en-US", "The new app keeps things simple for you and your family."),
    ("en-CA", "I'll keep it simple for you and your partner: one bill a month."),
]

E3_BAD = [
    ("en-US", "Circling back for the third time about the missing invoice.", "reminder-repeat"),
    ("en-GB", "Just following up yet again on the signed form.", "reminder-repeat"),
    ("en-AU", "Checking in for the fourth time on those photos.", "reminder-repeat"),
    ("en-CA", "As I've now said three times, the voucher has expired.", "reminder"),
    ("en-US", "As I said four times already, the store is closed on Sundays.", "reminder"),
    ("en-GB", "Chasing this up yet again: the form is still unsigned.", "reminder-repeat"),
    (
        "en-US",
        "Bumping this for the second time today: we still need the meter reading.",
        "reminder-repeat",
    ),
    ("en-AU", "Reaching out for the third time now regarding your ID.", "reminder-repeat"),
    ("en-CA", "For the second time today: the code is on the back of the card.", "reminder-repeat"),
    ("en-US", "We don't ship to PO boxes. Again.", "reminder-repeat"),
    ("en-GB", "The refund takes five working days. Once again.", "reminder-repeat"),
    ("en-AU", "The parcel went to the depot. As I said.", "reminder"),
    ("en-US", "Following up on this for the second time this week.", "reminder-repeat"),
]

E3_GOOD = [
    ("en-US", "Just circling back to see if the new router works."),
    ("en-GB", "This is the third time you've had this issue, so I've escalated it."),
    ("en-AU", "I'm sorry you've had to contact us again."),
    ("en-CA", "Following up on yesterday's chat: your refund went out today."),
    (
        "en-US",
        "I've followed up with the courier for the third time today and they promise a call.",
    ),
    ("en-GB", "Thanks again! Enjoy the new phone."),
    ("en-US", "Could you try again? The link should work now."),
    ("en-AU", "Sorry to chase you again, but could you confirm the postcode?"),
    ("en-CA", "For the second time this month your order was late, and I'm sorry."),
    ("en-US", "I'm checking in with the warehouse yet again today, so I'll update you by five."),
    ("en-GB", "Please try the code once more. It should work now."),
    ("en-US", "Happy birthday! Again!"),
]

E4_BAD = [
    ("en-US", "I need you to answer the question I actually asked.", "impatience"),
    ("en-GB", "Please just answer the question.", "impatience"),
    ("en-AU", "Do you have the tracking number or not?", "impatience"),
    ("en-CA", "Did you get the email or not?", "impatience"),
    ("en-US", "Is the address on the label correct? Yes or no?", "impatience"),
    ("en-GB", "It's a simple question.", "impatience"),
    ("en-AU", "Just answer the question, please.", "impatience"),
    ("en-US", "I need you to actually answer my question.", "impatience"),
    ("en-CA", "Have you got the receipt or not?", "impatience"),
    ("en-GB", "It's a really simple question: which card did you use?", "impatience"),
    ("en-US", "I asked you a simple question.", "impatience"),
    ("en-AU", "Did you sign for the parcel, yes or no?", "impatience"),
    ("en-US", "It's a yes or no question.", "impatience"),
]

E4_GOOD = [
    ("en-US", "I need you to confirm your date of birth."),
    ("en-GB", "To answer the question you asked: yes, it's covered."),
    ("en-AU", "Do you have the tracking number, or should I look it up?"),
    ("en-CA", "A quick yes or no is fine."),
    ("en-US", "Do you want a shared ride or not?"),
    ("en-GB", "Please answer the security question, then tap Next."),
    ("en-US", "That's a simple question of timing: the engineer comes at ten."),
    ("en-AU", "Good question, and a simple one: yes, it's included."),
    ("en-CA", "Just reply yes or no and I'll book it."),
    ("en-US", "I'll answer your question as soon as I hear back from billing."),
    ("en-GB", "Do you have the receipt? If not, a bank statement works too."),
    ("en-US", "It's a simple question for our team, so you'll hear back today."),
    ("en-AU", "Do you have a loyalty card or not? No worries either way."),
]


BAD = E1_BAD + E2_BAD + E3_BAD + E4_BAD
GOOD = E1_GOOD + E2_GOOD + E3_GOOD + E4_GOOD


linter, test_variant_is_found, test_near_miss_is_left_alone = tone_tests(BAD, GOOD)
