// Akaike's and Schwarz's (Bayesian) information criteria of a maximum-likelihood fit: lower is
// better; BIC charges ln(n) per parameter, so among models of equal size it ranks like the
// log-likelihood.

export interface InformationCriteria {
  /** 2k - 2 ln L. */
  aic: number;
  /** k ln(n) - 2 ln L, n the customers the fit used. */
  bic: number;
}

export function informationCriteria(
  logLikelihood: number,
  parameters: number,
  customers: number
): InformationCriteria {
  return {
    aic: 2 * parameters - 2 * logLikelihood,
    bic: parameters * Math.log(customers) - 2 * logLikelihood,
  };
}
