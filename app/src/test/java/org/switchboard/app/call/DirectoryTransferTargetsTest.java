package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;

class DirectoryTransferTargetsTest {
  private static final TransferTarget SUPPORT =
      new TransferTarget(TransferTarget.Kind.QUEUE, "Support", "7001", true, null);
  private static final TransferTarget MARYAM =
      new TransferTarget(TransferTarget.Kind.AGENT, "Maryam", "1005", false, "Team B");

  private static Customer customer(String name, String... numbers) {
    return new Customer(
        new CustomerId("local", name),
        name,
        "Acme",
        List.of(numbers),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  private static CustomerDirectory directory(boolean failing) {
    return new CustomerDirectory() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public List<Customer> findByPhone(PhoneNumber number) {
        return List.of();
      }

      @Override
      public List<Customer> searchByName(String text, int limit) throws DirectoryException {
        if (failing) {
          throw new DirectoryException(DirectoryException.Kind.UNAVAILABLE, "down");
        }
        return text.contains("mar")
            ? List.of(customer("Mark Otto", "+4930111", "+4930222"))
            : List.of();
      }
    };
  }

  @Test
  void fixedTargetsComeFirstThenEveryNumberOfMatchingContacts() throws Exception {
    DirectoryTransferTargets targets =
        new DirectoryTransferTargets(List.of(SUPPORT, MARYAM), directory(false), Runnable::run);
    List<TransferTarget> found = targets.search(" MAR ").get(5, TimeUnit.SECONDS);
    assertThat(found)
        .extracting(TransferTarget::address)
        .containsExactly("1005", "+4930111", "+4930222");
    assertThat(found.get(1).kind()).isEqualTo(TransferTarget.Kind.NUMBER);
    assertThat(found.get(1).detail()).isEqualTo("Acme");
  }

  @Test
  void aBlankSearchListsTheFixedTargetsOnly() throws Exception {
    DirectoryTransferTargets targets =
        new DirectoryTransferTargets(List.of(SUPPORT, MARYAM), directory(false), Runnable::run);
    assertThat(targets.search("").get(5, TimeUnit.SECONDS)).containsExactly(SUPPORT, MARYAM);
  }

  @Test
  void aFailingDirectoryStillGivesTheFixedTargets() throws Exception {
    DirectoryTransferTargets targets =
        new DirectoryTransferTargets(List.of(SUPPORT, MARYAM), directory(true), Runnable::run);
    assertThat(targets.search("sup").get(5, TimeUnit.SECONDS)).containsExactly(SUPPORT);
  }
}
