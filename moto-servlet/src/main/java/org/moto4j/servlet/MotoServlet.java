package org.moto4j.servlet;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.moto4j.core.Moto;

/**
 * Serves every request it is mapped to as AWS. Map it at {@code /*}, or under a prefix such as
 * {@code /aws/*}; the servlet path is stripped before routing, so an SDK's endpoint is then {@code
 * http://host:port/context/aws}.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder(new MotoServlet(Moto.builder().build())), "/aws/*");
 * }</pre>
 */
public class MotoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private transient Moto moto;

  /** A servlet that builds its own {@link Moto} from the services on the classpath. */
  public MotoServlet() {}

  /** A servlet serving the given {@link Moto}. */
  public MotoServlet(Moto moto) {
    this.moto = moto;
  }

  /** Builds its own {@link Moto} when given none, with the {@link MotoSettings} init-parameters. */
  @Override
  public void init() throws ServletException {
    if (moto == null) {
      try {
        moto = MotoSettings.fromParameters(this::getInitParameter).toMoto();
      } catch (IllegalArgumentException e) {
        throw new ServletException("MotoServlet " + getServletName() + ": " + e.getMessage());
      }
    }
  }

  /** The {@link Moto} this servlet serves. */
  public Moto moto() {
    return moto;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ServletExchange.serve(moto, request.getServletPath(), request, response);
  }
}
