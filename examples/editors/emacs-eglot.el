;;; vacancy-lint with eglot (Emacs 29+). Install the server first:
;;;   npm install --global @vacancy-lint/language-server
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               ;; Explicit language ids: eglot would otherwise send "gfm", "text" or "mhtml".
               '(((markdown-mode :language-id "markdown")
                  (gfm-mode :language-id "markdown")
                  (text-mode :language-id "plaintext")
                  (html-mode :language-id "html")
                  (mhtml-mode :language-id "html"))
                 . ("vacancy-lint-language-server" "--stdio"))))

;; Answered when the server asks for workspace/configuration (section vacancyLint).
;; Emacs shows no code lenses, so the summary comes as one diagnostic on the first line.
(setq-default eglot-workspace-configuration
              '(:vacancyLint (:language "auto" :summary "diagnostic" :allow [])))

(dolist (hook '(markdown-mode-hook gfm-mode-hook text-mode-hook html-mode-hook mhtml-mode-hook))
  (add-hook hook #'eglot-ensure))

;; Quick fixes and "ignore"/"turn rule off": M-x eglot-code-actions on a finding.
;; Why a phrase is flagged: M-x eldoc (hover).
