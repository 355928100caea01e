import type { CommitmentCategory } from "../../../policy/schema.js";
import { type CuedLexicon, categorized, combine } from "../lexicon-entry.js";

const we = ["we'll", "we will", "we are going to", "we're going to", "i'll", "i will", "we're", "we are", "we've", "we have", "i've", "i have"];
const promise = ["you'll get", "you will get", "you'll receive", "you will receive", "we'll give you", "we will give you", "we're giving you", "we'll send you", "we will send you", "we're sending you", "here's a", "here is a", "here's your", "enjoy a"];

/**
 * English commitments for `authority/commitment`: promises of a refund, compensation, discount, delivery date
 * or a legal position. First-person promises only (`we'll refund you`), so deferrals such as `we'll look into
 * it` and pointers such as `refunds follow our policy` do not count. Written by the normas maintainers (MIT);
 * see `LEXICONS.md`.
 */
export const englishCommitments: CuedLexicon<CommitmentCategory> = {
  phrases: [
    ...categorized("refund", [
      ...combine(we, ["refund", "refunding", "refunded", "reimburse", "reimbursing", "reimbursed"]),
      ...combine(we, ["process your refund", "issue a refund", "issue a full refund", "issued a refund", "processed your refund"]),
      ...combine(["you'll", "you will"], ["get a refund", "get a full refund", "receive a refund", "receive a full refund", "get your money back", "have your money back"]),
      "give you your money back", "give you a full refund", "refund you in full", "your refund is on its way", "full refund is on its way",
    ]),
    ...categorized("compensation", [
      ...combine(we, ["compensate you", "compensating you", "make it up to you"]),
      "as compensation", "by way of compensation", "to compensate you", "to make up for it",
    ]),
    ...categorized("discount", [
      ...combine(we, ["give you a discount", "apply a discount", "knock"]),
      "discount code for you", "a discount code for your",
    ]),
    ...categorized("delivery-date", [
      "guaranteed delivery", "we guarantee delivery", "we guarantee it will arrive", "we promise it will arrive",
    ]),
    ...categorized("legal-statement", [
      "legally", "under consumer law", "under the law", "by law", "the law says", "the law requires", "we're not legally",
      "we are not legally", "you have no legal claim", "it's perfectly legal", "it is perfectly legal", "it's completely legal",
      "we have not broken any law", "we haven't broken any law", "we're within the law", "we are within the law",
      "you're entitled to compensation", "you are entitled to compensation", "legal right to", "under eu rules", "under eu law",
      "you have the right to", "you're entitled to a", "you are entitled to a", "the law protects you",
    ]),
  ],
  cues: [
    ...categorized("discount", [...promise, "we'll take", "we will take", "we'll knock", "we will knock"]),
    ...categorized("compensation", promise),
    ...categorized("delivery-date", [
      "it will arrive", "it'll arrive", "it arrives", "will be delivered", "will be with you", "you'll have it", "you will have it",
      "you'll get it", "you will get it", "we'll deliver", "we will deliver", "it'll be there", "it will be there", "you'll receive it",
      "you will receive it", "arriving",
    ]),
  ],
  anchors: [
    ...categorized("discount", ["% off", "percent off", "discount", "off your next", "discount code", "promo code"]),
    ...categorized("compensation", ["for the trouble", "for the inconvenience", "free month", "voucher", "gift card", "free box", "free month", "credit", "free delivery", "on the house"]),
    ...categorized("delivery-date", [
      "tomorrow", "today", "tonight", "this week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "within 24 hours", "within 48 hours", "guaranteed", "without fail", "by the", "by end of day",
    ]),
  ],
};
