package org.socialcare.warehouse.sample;

import java.util.List;
import java.util.Map;

/**
 * The words of the sample: what customers write per industry and topic, what agents and bots answer,
 * quick-reply labels and survey comments. Short social-media English, some emoji, one text with a
 * line break and one with quotes, so that escaping and text analysis get exercised.
 */
final class SampleTexts {
    static final String NOUN = "{noun}";
    static final String POSITIVE = "positive";
    static final String NEUTRAL = "neutral";
    static final String NEGATIVE = "negative";

    /** A text with the sentiment a reader would give it. */
    record Line(String text, String sentiment) {
    }

    /**
     * A reason to contact the brand: its tag ({@code topic/subtopic}), a noun agents use in replies,
     * and first messages customers write about it.
     */
    record Topic(String tag, String noun, List<Line> openers) {
    }

    /** A canned answer: the label agents pick in their tool and the text it sends. */
    record QuickReply(String label, String text) {
    }

    private SampleTexts() {
    }

    private static Line pos(String text) {
        return new Line(text, POSITIVE);
    }

    private static Line neu(String text) {
        return new Line(text, NEUTRAL);
    }

    private static Line neg(String text) {
        return new Line(text, NEGATIVE);
    }

    static final Map<String, List<Topic>> TOPICS_BY_INDUSTRY = Map.of(
            "telecom", List.of(
                    new Topic("billing/invoice", "bill", List.of(
                            neg("Why is my bill 40 euros higher this month?? Nobody told me about a price change 😡"),
                            neu("Hi, can you explain the extra charge on my latest invoice?"),
                            neg("Charged twice for the same month. Please fix my bill."),
                            neg("Hi,\nmy bill is wrong again.\nCan someone call me back?"))),
                    new Topic("outage/internet", "connection", List.of(
                            neg("Internet down again in my area. Third time this week!"),
                            neu("Is there an outage in Leeds? My router shows a red light."),
                            neg("No signal since this morning and I work from home 😤"))),
                    new Topic("plan/upgrade", "plan", List.of(
                            pos("Loving the new 5G speeds! How do I upgrade my plan to unlimited? 🙌"),
                            neu("What does it cost to add a second line to my plan?"))),
                    new Topic("login/password", "account", List.of(
                            neu("I can't log in to the app, the password reset email never arrives"),
                            neg("Locked out of my account after the update. Really annoying.")))),
            "airline", List.of(
                    new Topic("baggage/lost", "bag", List.of(
                            neg("My bag didn't arrive in Madrid. File ref MAD12345, any news?"),
                            neg("Still no sign of my luggage after 3 days 😢"))),
                    new Topic("flight/delay", "flight", List.of(
                            neg("Flight NW204 delayed 4 hours and no information at the gate"),
                            neu("Will my connection wait if NW88 lands late?"))),
                    new Topic("flight/cancellation", "cancelled flight", List.of(
                            neg("You cancelled my flight with 2 hours notice. What are my options?"))),
                    new Topic("refund/ticket", "refund", List.of(
                            neg("Still waiting for the refund of my cancelled ticket, it's been 6 weeks"),
                            neu("How long does a refund usually take?"))),
                    new Topic("booking/change", "booking", List.of(
                            neu("Can I change the name on my booking? Typo in the surname"),
                            pos("Great crew on NW12 today, thank you! ✈️ Can I add a bag to my return booking?")))),
            "banking", List.of(
                    new Topic("card/blocked", "card", List.of(
                            neg("My card was blocked while abroad, can't pay for anything 😡"),
                            neg("Card declined at the supermarket but there is money on the account?"))),
                    new Topic("card/lost", "card", List.of(
                            neu("I lost my debit card, how do I order a new one?"))),
                    new Topic("login/app", "app", List.of(
                            neg("The app keeps logging me out after the last update"),
                            neu("Can't log in with face ID anymore"))),
                    new Topic("transfer/failed", "transfer", List.of(
                            neg("My transfer to a friend failed but the money left my account"))),
                    new Topic("fees/charge", "fee", List.of(
                            neu("What is this 2.50 fee on my statement?"),
                            neu("Got a text saying my account is \"suspended\" - is that message really from you?")))),
            "retail", List.of(
                    new Topic("delivery/late", "delivery", List.of(
                            neg("Order #48213 was due Monday, still not here. Where is my delivery?"),
                            neg("Tracking hasn't updated in 3 days 📦"))),
                    new Topic("delivery/missing", "parcel", List.of(
                            neg("Tracking says delivered but there's no parcel at my door"))),
                    new Topic("refund/return", "refund", List.of(
                            neu("Returned the shoes 2 weeks ago, when do I get my refund?"))),
                    new Topic("order/status", "order", List.of(
                            neu("Hi! Can I still add an item to my order from this morning?"),
                            pos("Arrived a day early, great service 👍 Can I order a second one in blue?"))),
                    new Topic("product/defect", "product", List.of(
                            neg("The blender I bought stopped working after a week. Not happy.")))),
            "utilities", List.of(
                    new Topic("outage/power", "power cut", List.of(
                            neg("Power cut on Elm Street since 6am, any ETA?"),
                            neu("Is the outage in the north of town planned work?"))),
                    new Topic("billing/invoice", "bill", List.of(
                            neg("My estimated bill is way too high, I sent a meter reading last month"))),
                    new Topic("meter/reading", "meter reading", List.of(
                            neu("How do I submit a meter reading online?"))),
                    new Topic("payment/plan", "payment plan", List.of(
                            neu("Can I spread the winter bill over a payment plan?"),
                            pos("Thanks for the fast fix yesterday 😊 Can I also switch to a monthly payment plan?")))));

    /** Further inbound messages of the same run, before anyone answered. */
    static final List<Line> FOLLOW_UPS = List.of(
            neu("Any update?"),
            neg("Hello?? Is anyone there?"),
            neu("My account number is 4821-XXXX"),
            neu("I sent you a DM"),
            neg("Still waiting... 🙄"),
            neg("Please reply, this is urgent!"));

    /** The customer's answer that opens a second exchange. */
    static final List<Line> SECOND_EXCHANGE = List.of(
            neg("Tried that, still not working"),
            neu("Done, I sent the details in DM"),
            neu("One more question about the same thing"),
            neg("That didn't help at all"));

    /** A last inbound message that needs no reply. */
    static final List<Line> THANKS = List.of(
            pos("Thanks, that worked!"),
            pos("Great, thank you 🙏"),
            neu("Ok thanks"),
            pos("Perfect, cheers!"));

    /** Agent replies; {noun} stands for the topic's noun. */
    static final List<String> AGENT_REPLIES = List.of(
            "Hi there, sorry to hear about your {noun}. Could you DM us your account details so we can take a look?",
            "Thanks for flagging this. We're checking your {noun} now and will update you shortly.",
            "Sorry for the trouble with your {noun}! Please send us a private message with your reference number.",
            "We've looked into your {noun} and it should be sorted now. Let us know if anything else comes up.");

    /** Agent replies to a customer who opened with praise; {noun} stands for the topic's noun. */
    static final List<String> AGENT_REPLIES_TO_PRAISE = List.of(
            "Thanks so much for the kind words! 😊 We've sent you a DM with the options for your {noun}.",
            "Great to hear! Happy to help with your {noun}, check your DMs for the details.");

    /** Agent replies in a second exchange; {noun} stands for the topic's noun. */
    static final List<String> AGENT_FOLLOW_UPS = List.of(
            "Thanks, we've got your details. Your {noun} issue is fixed now.",
            "We've passed your {noun} case to our specialist team, they'll contact you today.",
            "Sorry it's still not right. We've reset it on our side, could you try again?");

    static final List<QuickReply> QUICK_REPLIES = List.of(
            new QuickReply("Thanks for reaching out", "Thanks for reaching out! We'll get back to you as soon as we can."),
            new QuickReply("Please DM us", "Please send us a DM with your details so we can help."),
            new QuickReply("We're looking into it", "We're looking into it and will update you shortly."),
            new QuickReply("Sorry for the inconvenience", "Sorry for the inconvenience, we're on it."),
            new QuickReply("Glad we could help", "Glad we could help! Have a great day."));

    static final String BOT_ACKNOWLEDGEMENT =
            "Thanks for your message! An agent will reply as soon as possible. Average wait today: 2 hours.";

    static final List<String> GOOD_SURVEY_COMMENTS = List.of(
            "Quick and friendly, thanks!", "Problem solved in one reply 👍", "Helpful agent");

    static final List<String> NEUTRAL_SURVEY_COMMENTS = List.of("OK", "Fine, but it took a while");

    static final List<String> BAD_SURVEY_COMMENTS = List.of(
            "Took far too long to get an answer", "Had to explain my problem three times", "Still not fixed");
}
