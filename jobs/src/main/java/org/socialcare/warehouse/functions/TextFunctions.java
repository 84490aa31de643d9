package org.socialcare.warehouse.functions;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.text.Pseudonymizer;
import org.socialcare.warehouse.text.Sentiment;
import org.socialcare.warehouse.text.SentimentAnalyzer;
import org.socialcare.warehouse.text.TopicTaxonomy;

import java.nio.charset.StandardCharsets;

/**
 * SQL functions over message text and customer ids (SPEC 4, issue 6):
 * <ul>
 *   <li>{@code sentiment_of(text)}: struct(score, label): the VADER-style compound score -1..1 of
 *       social-media text ({@link SentimentAnalyzer}; 0 for empty text) and its label (positive,
 *       neutral, negative by VADER's thresholds, {@link Sentiment#labelOf}): one call gives both;</li>
 *   <li>{@code topics_of(text)}: the "topic/subtopic" labels of the keyword taxonomy (config
 *       {@code topics}) the text matches, in taxonomy order;</li>
 *   <li>{@code customer_key(customer_id)}: the id as stored in silver and gold: itself, or its keyed
 *       hash when {@code privacy.pseudonymize_customers} is on.</li>
 * </ul>
 */
public final class TextFunctions {
    private static final StructType SENTIMENT = new StructType()
            .add("score", DataTypes.DoubleType, false)
            .add("label", DataTypes.StringType, false);

    private TextFunctions() {
    }

    public static void register(SparkSession spark, AppConfig config) {
        SentimentAnalyzer analyzer = new SentimentAnalyzer();
        spark.udf().register("sentiment_of", (UDF1<String, Row>) text -> {
            Sentiment s = analyzer.analyze(text);
            return RowFactory.create(s.compound(), s.label());
        }, SENTIMENT);
        TopicTaxonomy taxonomy = config.text().taxonomy();
        spark.udf().register("topics_of", (UDF1<String, scala.collection.Seq<String>>) text ->
                        scala.collection.JavaConverters.asScalaBuffer(taxonomy.topicsOf(text)).toSeq(),
                DataTypes.createArrayType(DataTypes.StringType));
        if (config.privacy().pseudonymizeCustomers()) {
            Pseudonymizer pseudonymizer = new Pseudonymizer(
                    config.privacy().key().orElseThrow().getBytes(StandardCharsets.UTF_8));
            spark.udf().register("customer_key", (UDF1<String, String>) pseudonymizer::pseudonymize, DataTypes.StringType);
        } else {
            spark.udf().register("customer_key", (UDF1<String, String>) id -> id, DataTypes.StringType);
        }
    }
}
