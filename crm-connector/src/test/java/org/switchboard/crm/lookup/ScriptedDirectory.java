package org.switchboard.crm.lookup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;

/** A directory that answers each call from a script: customers, a failure, or a wait. */
final class ScriptedDirectory implements CustomerDirectory {
  interface Step {
    List<Customer> run(PhoneNumber number) throws DirectoryException;
  }

  private final Deque<Step> script = new ArrayDeque<>();
  private Step otherwise = number -> List.of();
  final AtomicInteger asked = new AtomicInteger();

  static Customer customer(String id, String name) {
    return Customer.named(new CustomerId("test", id), name);
  }

  synchronized ScriptedDirectory then(Step step) {
    script.add(step);
    return this;
  }

  synchronized ScriptedDirectory otherwise(Step step) {
    this.otherwise = step;
    return this;
  }

  static Step answer(Customer... customers) {
    return number -> List.of(customers);
  }

  static Step fail(DirectoryException.Kind kind, String message) {
    return number -> {
      throw new DirectoryException(kind, message);
    };
  }

  static Step waitFor(CountDownLatch latch, Customer... customers) {
    return number -> {
      try {
        latch.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of(customers);
    };
  }

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public List<Customer> findByPhone(PhoneNumber number) throws DirectoryException {
    asked.incrementAndGet();
    Step step;
    synchronized (this) {
      step = script.isEmpty() ? otherwise : script.poll();
    }
    return step.run(number);
  }

  volatile java.util.function.UnaryOperator<Customer> details = c -> c;

  @Override
  public Customer details(Customer customer) {
    return details.apply(customer);
  }

  @Override
  public Customer createContact(NewContact contact) {
    return Customer.named(new CustomerId("test", "new-1"), contact.name());
  }
}
