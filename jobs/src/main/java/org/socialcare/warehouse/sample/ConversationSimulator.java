package org.socialcare.warehouse.sample;

import org.socialcare.warehouse.sample.SampleRecord.Type;
import org.socialcare.warehouse.sample.SampleTexts.Line;
import org.socialcare.warehouse.sample.SampleTexts.QuickReply;
import org.socialcare.warehouse.sample.SampleTexts.Topic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Simulates one customer-service conversation and returns its records (messages, case events,
 * surveys) in time order.
 *
 * <p>The story: a customer writes 1-3 messages (on Facebook and Viber a bot acknowledges 15 % of
 * them). About 70 % of conversations get an agent reply: more than the 34 % response-rate benchmark,
 * so that the sample has enough reply times to measure. The reply delay is log-normal with the
 * channel's first-response benchmark as its median (3 h Facebook and Twitter, 4 h Instagram, 12 h
 * Viber), 8 % quick ones around 15 min, none after 72 h: about 60 % of replies come within 4 h and
 * 90 % within 24 h, as published; the mean is higher than the published averages, which no
 * distribution with those shares can match. A quarter of answered conversations go on with a second
 * exchange; some end with a "thanks" that needs no reply. Brands that send case events open and
 * assign the case, sometimes transfer it (1.5 %) or escalate it (to email or phone, about 10 % of
 * cases), and resolve or close it; a second exchange after a resolution reopens it. About 20 % of
 * answered conversations get a survey, scored so that CSAT is about 70 % and NPS about +20.
 */
final class ConversationSimulator {
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;

    /** Relative volume of new conversations per UTC hour of the day: quiet nights, busy days. */
    private static final double[] HOURLY_VOLUME = {
            1.0, 0.6, 0.4, 0.3, 0.3, 0.5, 1.0, 2.0, 3.5, 4.5, 5.0, 5.0,
            4.8, 4.8, 4.6, 4.5, 4.5, 4.6, 4.8, 5.0, 4.5, 3.5, 2.5, 1.6};
    /** Offsets created_at is written in: mostly Z, some exports in local time (the same instant). */
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(-5)};
    private static final double[] OFFSET_SHARES = {0.85, 0.10, 0.05};

    private static final double[] BRAND_SHARES = SampleBrand.trafficShares();
    private static final double[] CHANNEL_SHARES = SampleChannel.trafficShares();

    private static final double ANSWERED_SHARE = 0.70;
    private static final double SECOND_EXCHANGE_ANSWERED_SHARE = 0.85;
    private static final double SURVEY_SHARE = 0.20;

    private final Draw draw;
    private final int customerCount;

    /** Customers are drawn from {@code customerCount} ids, so some come back on later days. */
    ConversationSimulator(Draw draw, int customerCount) {
        this.draw = draw;
        this.customerCount = customerCount;
    }

    /** One conversation whose first message is created on {@code day} (UTC), with ids from {@code ids}. */
    List<SampleRecord> simulate(LocalDate day, RecordIds ids) {
        long start = Timestamps.startOf(day) + draw.weighted(HOURLY_VOLUME) * HOUR + draw.between(0, (int) HOUR - 1);
        Conversation c = new Conversation(ids);
        c.play(start);
        c.records.sort(Comparator.comparingLong(SampleRecord::createdAt));
        return c.records;
    }

    /** A reply delay in seconds for the channel; {@code speedUp} > 1 for agents already on the case. */
    private long replyDelay(SampleChannel channel, double speedUp) {
        if (draw.chance(0.08)) {
            return draw.logNormal(15 * MINUTE, 0.5, MINUTE, 72 * HOUR);
        }
        return draw.logNormal(channel.medianReplyHours * HOUR / speedUp, 1.5, 2 * MINUTE, 72 * HOUR);
    }

    /** The state of the conversation being simulated, and the records it wrote so far. */
    private final class Conversation {
        final RecordIds ids;
        final List<SampleRecord> records = new ArrayList<>();
        final SampleBrand brand = SampleBrand.values()[draw.weighted(BRAND_SHARES)];
        final SampleChannel channel = SampleChannel.values()[draw.weighted(CHANNEL_SHARES)];
        final String customer = RecordIds.customer(draw.between(1, customerCount));
        final Topic topic = draw.oneOf(brand.topics());
        final boolean isPublic = draw.chance(channel.publicShare);
        final String thread;
        String agent = brand.agent(draw.between(1, SampleBrand.AGENTS_PER_BRAND));
        String lastInboundId;
        String lastOutboundId;
        long lastAt;
        int outboundCount;

        Conversation(RecordIds ids) {
            this.ids = ids;
            this.thread = ids.next("thr");
        }

        void play(long start) {
            boolean caseEvents = brand.sendsCaseEvents;
            Line opener = draw.oneOf(topic.openers());
            inbound(start, opener, true, null);
            long lastInbound = start;
            if (channel.hasBot && draw.chance(0.15)) {
                lastInbound = botAcknowledgement(start + draw.between(3, 15));
            }
            lastInbound = followUps(lastInbound, draw.weighted(0.55, 0.30, 0.15));
            long opened = start + draw.between(5, 120);
            if (caseEvents) {
                event(opened, "opened", null, null);
            }
            if (!draw.chance(ANSWERED_SHARE)) {
                unanswered(lastInbound, opened);
                return;
            }

            long reply = Math.max(start + replyDelay(channel, 1), lastInbound + MINUTE);
            if (caseEvents) {
                long assigned = opened + (long) ((reply - opened) * (0.1 + 0.5 * draw.fraction()));
                event(assigned, "assigned", agent, null);
                if (draw.chance(0.015)) {
                    String from = agent;
                    agent = otherAgent(from);
                    event(assigned + (reply - assigned) / 2, "transferred", from, agent);
                }
            }
            answer(reply, SampleTexts.POSITIVE.equals(opener.sentiment())
                    ? SampleTexts.AGENT_REPLIES_TO_PRAISE : SampleTexts.AGENT_REPLIES);
            if (caseEvents && draw.chance(0.14)) {
                event(lastAt + draw.between(MINUTE, 30 * MINUTE), "escalated", agent, draw.chance(0.6) ? "email" : "phone");
            }

            double next = draw.fraction();
            boolean answeredAtEnd = true;
            if (next < 0.25) {
                answeredAtEnd = secondExchange(caseEvents);
            } else if (next < 0.50) {
                thanks(lastAt + draw.logNormal(20 * MINUTE, 1.0, 2 * MINUTE, 3 * HOUR));
            }
            long end = lastAt;
            if (caseEvents && (answeredAtEnd || draw.chance(0.5))) {
                end = lastAt + draw.logNormal(45 * MINUTE, 1.0, 5 * MINUTE, 8 * HOUR);
                event(end, answeredAtEnd && draw.chance(0.85) ? "resolved" : "closed", agent, null);
            }
            if (draw.chance(SURVEY_SHARE)) {
                survey(end + draw.between(10 * MINUTE, 20 * HOUR));
            }
        }

        /** Further inbound messages right after the first one; returns the time of the last. */
        private long followUps(long at, int count) {
            for (int i = 0; i < count; i++) {
                at += draw.between(20, 8 * (int) MINUTE);
                inbound(at, draw.oneOf(SampleTexts.FOLLOW_UPS), true, null);
            }
            return at;
        }

        private void unanswered(long lastInbound, long opened) {
            if (draw.chance(0.2)) {
                lastInbound += draw.between(2 * HOUR, 20 * HOUR);
                inbound(lastInbound, draw.oneOf(SampleTexts.FOLLOW_UPS), true, null);
            }
            if (brand.sendsCaseEvents) {
                if (draw.chance(0.4)) {
                    event(opened + draw.between(10 * MINUTE, 6 * HOUR), "assigned", agent, null);
                }
                if (draw.chance(0.25)) {
                    event(lastInbound + draw.between(48 * HOUR, 72 * HOUR), "closed", null, null);
                }
            }
        }

        /** The customer answers the agent; returns whether the brand replied again. */
        private boolean secondExchange(boolean caseEvents) {
            long start = lastAt + draw.logNormal(HOUR, 1.2, 5 * MINUTE, 20 * HOUR);
            boolean resolvedBefore = caseEvents && draw.chance(0.4);
            if (resolvedBefore) {
                event(lastAt + (long) ((start - lastAt) * (0.2 + 0.6 * draw.fraction())), "resolved", agent, null);
            }
            inbound(start, draw.oneOf(SampleTexts.SECOND_EXCHANGE), true, lastOutboundId);
            if (resolvedBefore) {
                event(start + draw.between(5, 300), "reopened", null, null);
            }
            long lastInbound = followUps(start, draw.weighted(0.7, 0.3));
            if (!draw.chance(SECOND_EXCHANGE_ANSWERED_SHARE)) {
                return false;
            }
            answer(Math.max(start + replyDelay(channel, 3), lastInbound + MINUTE), SampleTexts.AGENT_FOLLOW_UPS);
            if (draw.chance(0.3)) {
                thanks(lastAt + draw.logNormal(20 * MINUTE, 1.0, 2 * MINUTE, 3 * HOUR));
            }
            return true;
        }

        /** An agent reply, sometimes followed a few minutes later by a second message of the agent. */
        private void answer(long at, List<String> texts) {
            agentMessage(at, texts);
            if (draw.chance(0.15)) {
                agentMessage(lastAt + draw.between(MINUTE, 5 * MINUTE), texts);
            }
        }

        private void thanks(long at) {
            inbound(at, draw.oneOf(SampleTexts.THANKS), false, lastOutboundId);
        }

        private String otherAgent(String current) {
            String other;
            do {
                other = brand.agent(draw.between(1, SampleBrand.AGENTS_PER_BRAND));
            } while (other.equals(current));
            return other;
        }

        private void inbound(long at, Line line, boolean needsReply, String replyTo) {
            String id = ids.next("msg");
            JsonLine json = message(at, id, "in")
                    .field("reply_to_id", replyTo)
                    .field("sender_type", draw.chance(0.5) ? "customer" : null)
                    .field("text", line.text())
                    .field("visibility", visibility(isPublic))
                    .field("tags", draw.chance(0.5) ? tags(line) : null)
                    .field("sentiment", draw.chance(0.3) ? line.sentiment() : null);
            if (!needsReply || draw.chance(0.7)) {
                json.field("needs_reply", needsReply);
            }
            lastInboundId = id;
            add(Type.MESSAGE, at, json);
        }

        private void agentMessage(long at, List<String> texts) {
            String id = ids.next("msg");
            QuickReply quick = draw.chance(0.10) ? draw.oneOf(SampleTexts.QUICK_REPLIES) : null;
            String text = quick != null ? quick.text() : draw.oneOf(texts).replace(SampleTexts.NOUN, topic.noun());
            JsonLine json = message(at, id, "out")
                    .field("reply_to_id", lastInboundId)
                    .field("agent_id", agent)
                    .field("sender_type", draw.chance(0.5) ? "agent" : null)
                    .field("text", text)
                    .field("visibility", visibility(isPublic && outboundCount == 0))
                    .field("quick_reply", quick != null ? quick.label() : null);
            if (draw.chance(0.5)) {
                json.field("handle_seconds", draw.logNormal(270, 0.6, 60, 900));
            }
            outboundCount++;
            lastOutboundId = id;
            add(Type.MESSAGE, at, json);
        }

        /** The bot's instant answer to the first message; returns its time. */
        private long botAcknowledgement(long at) {
            String id = ids.next("msg");
            JsonLine json = message(at, id, "out")
                    .field("reply_to_id", lastInboundId)
                    .field("sender_type", "bot")
                    .field("text", SampleTexts.BOT_ACKNOWLEDGEMENT)
                    .field("visibility", visibility(false));
            add(Type.MESSAGE, at, json);
            return at;
        }

        private JsonLine message(long at, String id, String direction) {
            return new JsonLine()
                    .field("type", "message")
                    .field("id", id)
                    .field("channel", channelName())
                    .field("brand_id", brand.id)
                    .field("direction", direction)
                    .field("customer_id", customer)
                    .field("created_at", createdAt(at))
                    .field("thread_id", thread);
        }

        private void event(long at, String event, String agentId, String target) {
            JsonLine json = new JsonLine()
                    .field("type", "case_event")
                    .field("id", ids.next("evt"))
                    .field("channel", channelName())
                    .field("brand_id", brand.id)
                    .field("customer_id", customer)
                    .field("event", event)
                    .field("created_at", createdAt(at))
                    .field("thread_id", thread)
                    .field("agent_id", agentId)
                    .field("target", target);
            records.add(new SampleRecord(Type.CASE_EVENT, at, json.toString()));
        }

        private void survey(long at) {
            SurveyAnswer answer = SurveyAnswer.draw(draw);
            JsonLine json = new JsonLine()
                    .field("type", "survey")
                    .field("id", ids.next("srv"))
                    .field("channel", channelName())
                    .field("brand_id", brand.id)
                    .field("customer_id", customer)
                    .field("kind", answer.kind())
                    .field("score", answer.score())
                    .field("created_at", createdAt(at))
                    .field("thread_id", thread);
            if (draw.chance(0.3)) {
                json.field("scale_min", answer.scaleMin()).field("scale_max", answer.scaleMax());
            }
            if (draw.chance(0.25)) {
                json.field("comment", answer.comment(draw));
            }
            records.add(new SampleRecord(Type.SURVEY, at, json.toString()));
        }

        /** Records a message of the conversation and moves its clock. */
        private void add(Type type, long at, JsonLine json) {
            records.add(new SampleRecord(type, at, json.toString()));
            lastAt = Math.max(lastAt, at);
        }

        private String channelName() {
            return channel == SampleChannel.TWITTER && draw.chance(SampleChannel.X_ALIAS_SHARE) ? "x" : channel.id;
        }

        /** The visibility field, left out on 15 % of messages (it is optional). */
        private String visibility(boolean isPublicMessage) {
            if (draw.chance(0.15)) {
                return null;
            }
            return isPublicMessage ? "public" : "private";
        }

        private List<String> tags(Line line) {
            return SampleTexts.NEGATIVE.equals(line.sentiment()) && draw.chance(0.2)
                    ? List.of(topic.tag(), "feedback/complaint")
                    : List.of(topic.tag());
        }

        private String createdAt(long at) {
            return Timestamps.iso(at, OFFSETS[draw.weighted(OFFSET_SHARES)]);
        }
    }
}
