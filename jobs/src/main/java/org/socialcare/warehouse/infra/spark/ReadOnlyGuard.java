package org.socialcare.warehouse.infra.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.Function1;
import scala.collection.JavaConverters;
import scala.runtime.BoxedUnit;

import java.util.Set;

/**
 * A session extension (spark.sql.extensions, see SparkSessions) that makes the BI endpoint read-only:
 * once {@link #enableForThriftServer} is called, every statement that a Thrift (HiveServer2) client
 * runs is checked after analysis, and one that would write, drop, alter or create anything other than
 * a temp view of its own session is refused with one line saying so. Queries, SHOW, DESCRIBE, EXPLAIN,
 * SET and USE pass. The job's own statements (other threads) are never checked.
 */
public final class ReadOnlyGuard implements Function1<SparkSessionExtensions, BoxedUnit> {
    /** Commands that only read or change the client's own session. */
    static final Set<String> READ_ONLY_COMMANDS = Set.of(
            "SetCommand", "ResetCommand", "SetCatalogAndNamespace", "SetNamespaceCommand",
            "ShowTables", "ShowTablesCommand", "ShowTableExtended", "ShowNamespaces", "ShowColumns", "ShowColumnsCommand",
            "ShowViews", "ShowViewsCommand", "ShowFunctions", "ShowFunctionsCommand", "ShowCreateTable",
            "ShowCreateTableCommand", "ShowCreateTableAsSerdeCommand", "ShowTableProperties", "ShowTablePropertiesCommand",
            "ShowPartitions", "ShowPartitionsCommand", "ShowCurrentNamespace", "ShowCurrentNamespaceCommand",
            "ShowCatalogsCommand", "ShowCatalogs",
            "DescribeRelation", "DescribeTableCommand", "DescribeColumn", "DescribeColumnCommand", "DescribeNamespace",
            "DescribeDatabaseCommand", "DescribeFunction", "DescribeFunctionCommand", "DescribeQueryCommand",
            "DescribeDeltaHistory", "DescribeDeltaHistoryCommand", "DescribeDeltaDetailCommand",
            "ExplainCommand");
    private static volatile boolean thriftReadOnly;

    /** From now on, statements of Thrift clients in this JVM are checked. */
    public static void enableForThriftServer() {
        thriftReadOnly = true;
    }

    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions) {
        Function1<SparkSession, Function1<LogicalPlan, BoxedUnit>> rule = session -> plan -> {
            if (thriftReadOnly && Thread.currentThread().getName().startsWith("HiveServer2-")) {
                refuseWrites(plan);
            }
            return BoxedUnit.UNIT;
        };
        extensions.injectCheckRule(rule);
        return BoxedUnit.UNIT;
    }

    /** Throws when the plan holds a command that is not a read and not a temp view of the session. */
    static void refuseWrites(LogicalPlan plan) {
        if (plan instanceof Command) {
            String name = plan.getClass().getSimpleName();
            if (!READ_ONLY_COMMANDS.contains(name) && !isLocalTempView(plan)) {
                throw new IllegalArgumentException("read-only endpoint: " + name + " is refused; this server only"
                        + " reads the warehouse (queries, SHOW, DESCRIBE, EXPLAIN, SET, USE and temp views of your"
                        + " own session); tables are written by the nightly job");
            }
        }
        for (LogicalPlan child : JavaConverters.seqAsJavaList(plan.children())) {
            refuseWrites(child);
        }
    }

    private static boolean isLocalTempView(LogicalPlan plan) {
        String name = plan.getClass().getSimpleName();
        String text = plan.simpleString(200);
        return (name.equals("CreateViewCommand") && text.contains("LocalTempView"))
                || (name.equals("CreateTempViewUsing") && !text.contains("global"));
    }
}
