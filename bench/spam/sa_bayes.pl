#!/usr/bin/perl
# bench/spam/sa_bayes.pl — SpamAssassin's own Bayes classifier, alone: loads
# Mail::SpamAssassin with a rules directory holding only the Bayes plugin and
# 23_bayes.cf (no other rule runs, no network test), and prints
# "<path>\t<bayes probability>" for each file, as the _BAYES_ tag reports it.
# Usage: sa_bayes.pl RULESDIR DBPATH FILE...
use strict;
use warnings;
use Mail::SpamAssassin;
use Time::HiRes qw(time);

my ($rules, $db, @files) = @ARGV;
my $sa = Mail::SpamAssassin->new({
    rules_filename      => $rules,
    site_rules_filename => $rules,
    userprefs_filename  => '/dev/null',
    dont_copy_prefs     => 1,
    local_tests_only    => 1,
    post_config_text    => "use_bayes 1\nbayes_auto_learn 0\nbayes_path $db/bayes\n",
});
$sa->init(1);
my $t0 = time;
for my $f (@files) {
    open(my $fh, '<', $f) or die "$f: $!";
    my @lines = <$fh>;
    close $fh;
    my $msg = $sa->parse(\@lines);
    my $st = $sa->check($msg);
    my $p = $st->get_tag('BAYES');
    $p = '0.5' if !defined $p || $p eq '';
    print "$f\t$p\n";
    $st->finish;
    $msg->finish;
}
printf STDERR "sa_bayes: %d messages in %.3f s\n", scalar @files, time - $t0;
